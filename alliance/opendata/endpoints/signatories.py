"""The Declaration against anti-Gypsyism: the signatories' counter and their public list."""

from typing import Literal

from ninja import Field, Query, Schema

from alliance.authorities.models import Country
from alliance.declaration import counters
from alliance.declaration import datasets as declaration_datasets
from alliance.declaration.listing import ListFilterForm

from ..paging import PageParameters, page_schema, paginate, record_schema
from ..problems import Problem
from .registry import NAME_PATTERN

Signatory = record_schema(declaration_datasets.SIGNATORIES, "Signatory")
SignatoryPage = page_schema(Signatory, "SignatoryPage", "A page of the Declaration's signatories")


class SignatoryCounter(Schema):
    signatories: int = Field(..., ge=0, description="Verified signatures", examples=[142])
    countries: int = Field(..., ge=0, description="Countries they come from", examples=[21])


class SignatoryFilters(PageParameters):
    q: str | None = Field(
        None,
        max_length=100,
        pattern=NAME_PATTERN,
        description="Part of the authority's or the signer's name; case and accents do not count",
        examples=["korce"],
    )
    country: str | None = Field(
        None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code of the country", examples=["AL"]
    )
    level: Literal["local", "regional"] | None = Field(
        None, description="local or regional", examples=["local"]
    )
    year: int | None = Field(None, ge=1900, le=2200, description="Year of signing", examples=[2017])

    def list_query(self):
        """The public list's own query string (its country filter takes the registry's number),
        or None when a filter names something the list does not offer: then nothing matches."""
        query = self.dict(include={"q", "level", "year"}, exclude_none=True)
        if self.country:
            country = Country.objects.filter(code=self.country.upper()).values_list("pk", flat=True).first()
            if country is None:
                return None
            query["country"] = country
        form = ListFilterForm(query)
        form.is_valid()
        return None if set(form.errors) & set(query) else query


def register(api):
    @api.get(
        "/declaration/counters",
        response=SignatoryCounter,
        summary="Signatories of the Declaration and their countries",
        tags=["declaration"],
    )
    def declaration_counter(request):
        count = counters.signatory_count()
        return {"signatories": count.signatories, "countries": count.countries}

    @api.get(
        "/declaration/signatories",
        response={200: SignatoryPage, 404: Problem, 422: Problem},
        summary="Verified signatories, as the public list shows them",
        description="The same filters and order as /en/declaration/signatories/ and its files. "
        "An unknown country gives no result; a page past the end is a 404.",
        tags=["declaration"],
    )
    def signatories(request, filters: Query[SignatoryFilters]):
        return paginate(request, declaration_datasets.SIGNATORIES, filters.list_query(), filters)
