"""The open-data API, version 1: the same public figures and records as the pages and their files.

Read-only, anonymous, public fields only. Each list endpoint reads the dataset its page and files
read (`alliance.core.exports.Table`), so the API can never disagree with the site or reach a field
the site does not show. Every error is a problem details object (RFC 9457, see `problems`).
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import reverse
from ninja import Field, NinjaAPI, Path, Schema
from ninja.errors import HttpError

from alliance.core.exports import LICENCE
from alliance.core.links import absolute_url

from . import catalogue, problems
from .endpoints import actionplans, activities, alliance_life, programmes, registry, signatories

DESCRIPTION = """Public data of the European Alliance of Cities and Regions for Roma Inclusion: its
participants and their history, the headline counter on any date, the signatories of the
Declaration against anti-Gypsyism, the ROMACT and ROMED programmes, events, good practices, the
texts adopted by the Congress, and the participants' Local Action Plans with their measures and
progress reports. No personal contact data is published.

Licence: Creative Commons Attribution 4.0 (CC BY 4.0). Cite as "European Alliance of Cities and
Regions for Roma Inclusion, open data, <address>, <date of download>".

Lists are paginated (`page`, `per_page`) with `next` and `previous` links. Every error answers
with a problem details object (RFC 9457) as `application/problem+json`. The same data is published
as files (CSV, XLSX, JSON, GeoJSON) beside each list's page; `/api/v1/datapackage.json` describes
them as a Frictionless Data Package and `/api/v1/catalog.jsonld` as a DCAT-AP catalogue."""


class DatasetName(Schema):
    name: str = Field(
        ...,
        max_length=50,
        pattern=r"^[a-z][a-z-]*$",
        description="Identifier of a dataset, as in the data package",
        examples=["participants"],
    )


class OpenDataAPI(NinjaAPI):
    def _get_urls(self):
        patterns = super()._get_urls()
        for pattern in patterns:
            pattern.callback = problems.answering_problems(pattern.callback)
        return patterns

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, answer in operation.get("responses", {}).items():
                    if int(status) >= 400 and "content" in answer:
                        answer["content"] = {problems.MEDIA_TYPE: answer["content"].popitem()[1]}
        return schema


api = OpenDataAPI(
    title="European Alliance of Cities and Regions for Roma Inclusion: open data",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    servers=[{"url": settings.SITE_URL, "description": "The Alliance's platform"}],
    openapi_extra={
        "info": {
            "license": {"name": "CC BY 4.0", "identifier": "CC-BY-4.0", "url": LICENCE["path"]},
            "contact": {
                "name": "Secretariat of the Alliance, Congress of Local and Regional Authorities",
                "email": settings.SECRETARIAT_EMAIL,
                "url": absolute_url("/en/contact/"),
            },
            "termsOfService": absolute_url("/en/open-data/"),
        },
        "externalDocs": {
            "description": "Open data: licence and datasets",
            "url": absolute_url("/en/open-data/"),
        },
    },
)
problems.install(api)
for module in (registry, signatories, activities, programmes, actionplans, alliance_life):
    module.register(api)


@api.get(
    "/",
    summary="Index of the API: its endpoints, documentation and metadata",
    description="Every endpoint with its address and summary, and links to the documentation.",
    response={200: dict},
    url_name="index",
    tags=["index"],
)
def index(request):
    schema = api.get_openapi_schema()
    endpoints = [
        {"path": path, "summary": operation.get("summary", ""), "method": method.upper()}
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    ]
    return {
        "title": api.title,
        "version": api.version,
        "licence": LICENCE,
        "documentation": request.build_absolute_uri(reverse("api-v1:openapi-view")),
        "openapi": request.build_absolute_uri(reverse("api-v1:openapi-json")),
        "open_data_page": request.build_absolute_uri("/en/open-data/"),
        "datapackage": request.build_absolute_uri(reverse("api-v1:datapackage")),
        "catalog": request.build_absolute_uri(reverse("api-v1:catalog")),
        "endpoints": endpoints,
    }


def _document(data, content_type):
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return HttpResponse(body, content_type=f"{content_type}; charset=utf-8")


def _any_object(content_type, description):
    return {
        "responses": {
            200: {"description": description, "content": {content_type: {"schema": {"type": "object"}}}}
        }
    }


@api.get(
    "/datapackage.json",
    url_name="datapackage",
    summary="Every dataset as a Frictionless Data Package",
    description="A tabular data package (https://datapackage.org/): each dataset's CSV file with "
    "its fields, their types, descriptions and constraints, and the licence.",
    openapi_extra=_any_object("application/json", "The data package descriptor"),
    tags=["index"],
)
def datapackage(request):
    return _document(catalogue.data_package(request), "application/json")


@api.get(
    "/catalog.jsonld",
    url_name="catalog",
    summary="Every dataset as a DCAT-AP catalogue in JSON-LD",
    description="For data portals that harvest DCAT-AP: each dataset, its files and this API.",
    openapi_extra=_any_object("application/ld+json", "The DCAT-AP catalogue"),
    tags=["index"],
)
def catalog(request):
    return _document(catalogue.dcat_catalogue(request), "application/ld+json")


@api.get(
    "/schemas/{name}.json",
    url_name="table-schema",
    summary="The Table Schema of one dataset: what its files conform to",
    description="Its fields in order, with their types, descriptions, examples and constraints "
    "(https://datapackage.org/standard/table-schema/). The name is a dataset's identifier, as in "
    "the data package and the catalogue.",
    openapi_extra=_any_object("application/json", "The dataset's Table Schema"),
    response={404: problems.Problem, 422: problems.Problem},
    tags=["index"],
)
def table_schema(request, wanted: Path[DatasetName]):
    table = catalogue.dataset(wanted.name)
    if table is None:
        raise HttpError(404, "There is no dataset of that name.")
    return _document(catalogue.table_schema(table), "application/json")
