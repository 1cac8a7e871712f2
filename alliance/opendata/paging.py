"""The API's record and page shapes, made from the datasets' own column descriptions, and its pages.

A record's schema is built from the same `Column`s as the files and the data package, so every
field of the OpenAPI schema has the dataset's description and example, and the API cannot show a
column the files do not have.
"""

import datetime
import re
from typing import Annotated

from django.utils import translation
from ninja import Field, Schema
from ninja.errors import HttpError
from pydantic import BeforeValidator, create_model


def _iso_day(value):
    """Only YYYY-MM-DD, as the schema says: pydantic alone would also read 0 as 1 January 1970."""
    if isinstance(value, datetime.date) or (
        isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    ):
        return value
    raise ValueError("a date must be written YYYY-MM-DD")


IsoDate = Annotated[datetime.date, BeforeValidator(_iso_day)]

TYPES = {"string": str, "integer": int, "number": float, "date": datetime.date, "boolean": bool}
MAX_PER_PAGE = 200
MAX_PAGE = 100_000


def record_schema(table, name):
    fields = {}
    with translation.override("en"):
        for column in table.columns:
            kind = TYPES[column.type]
            required = column.constraints.get("required")
            annotation = kind if required else kind | None
            fields[column.name] = (
                annotation,
                Field(..., description=str(column.description), examples=[column.example]),
            )
    return create_model(name, __base__=Schema, __doc__=str(table.title), **fields)


def page_schema(record, name, description):
    example = {name: field.examples[0] for name, field in record.model_fields.items()}
    return create_model(
        name,
        __base__=Schema,
        __doc__=description,
        count=(
            int,
            Field(..., ge=0, description="Records matching the filters, on every page", examples=[130]),
        ),
        page=(int, Field(..., ge=1, description="This page's number, from 1", examples=[1])),
        pages=(int, Field(..., ge=1, description="Number of pages (at least 1)", examples=[3])),
        per_page=(int, Field(..., ge=1, le=MAX_PER_PAGE, description="Records per page", examples=[50])),
        next=(
            str | None,
            Field(..., description="Address of the next page; null on the last", examples=[None]),
        ),
        previous=(
            str | None,
            Field(..., description="Address of the previous page; null on the first", examples=[None]),
        ),
        results=(
            list[record],
            Field(..., description="The records of this page, in the list's order", examples=[[example]]),
        ),
    )


class PageParameters(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1", examples=[1])
    per_page: int = Field(
        50, ge=1, le=MAX_PER_PAGE, description=f"Records per page, at most {MAX_PER_PAGE}", examples=[50]
    )


def _link(request, number):
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginate(request, table, query, paging):
    """One page of a dataset's records with the links around it; a page past the end is a 404.

    `query` None means a filter matches nothing (an unknown country): an empty first page.
    """
    start = (paging.page - 1) * paging.per_page
    if query is None:
        total, rows = 0, []
    else:
        total, rows = table.slice(request, query, start, start + paging.per_page)
    pages = max(1, -(-total // paging.per_page))
    if paging.page > pages:
        raise HttpError(404, f"There are {pages} pages of {paging.per_page} records.")
    return {
        "count": total,
        "page": paging.page,
        "pages": pages,
        "per_page": paging.per_page,
        "next": _link(request, paging.page + 1) if paging.page < pages else None,
        "previous": _link(request, paging.page - 1) if paging.page > 1 else None,
        "results": rows,
    }
