"""The open-data API, version 1: the same public figures and records as the pages and exports.

Read-only, anonymous, public fields only. Each endpoint calls the query its pages use (the
directory's search, the signatories' public list, the counters), so the API can never disagree
with the site or reach a field the site does not show.
"""

import datetime

from django.http import Http404
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError

from alliance.authorities.models import Country
from alliance.declaration import counts as signatory_counts
from alliance.declaration.listing import Filters, PublicList
from alliance.participants import counters
from alliance.participants import directory as registry
from alliance.participants.forms import SORTS
from alliance.participants.records import public_record

from .schemas import (
    CounterOut,
    CountryOut,
    ParticipantFilters,
    ParticipantOut,
    ParticipantPage,
    SignatoryCounterOut,
    SignatoryFilters,
    SignatoryPage,
)

api = NinjaAPI(
    title="European Alliance of Cities and Regions for Roma Inclusion: open data",
    version="1",
    description=(
        "Public data of the Alliance: its participants, the headline counter on any date, and the "
        "signatories of the Declaration against anti-Gypsyism. No personal contact data is published."
    ),
    urls_namespace="api-v1",
)

FIRST_DAY = datetime.date(2013, 1, 1)


class Problem(Schema):
    detail: str


@api.get("/counters", response=CounterOut, summary="Cities and regions and their countries on a date")
def counter(request, as_of: datetime.date | None = None):
    day = as_of or datetime.date.today()
    if day < datetime.date(1900, 1, 1) or day > datetime.date(2200, 1, 1):
        raise HttpError(422, "as_of must be a date between 1900 and 2200")
    count = counters.participant_count(day)
    return {"as_of": count.as_of, "participants": count.participants, "countries": count.countries}


@api.get("/countries", response=list[CountryOut], summary="Countries the registry knows")
def countries(request):
    return [
        {"code": c.code, "name_en": c.name_en, "name_fr": c.name_fr, "coe_member": c.coe_member}
        for c in Country.objects.order_by("name_en")
    ]


@api.get(
    "/participants",
    response=ParticipantPage,
    summary="Participants in force today, as the directory lists them",
)
def participants(request, filters: Query[ParticipantFilters]):
    wanted = {name: value for name, value in filters.dict().items() if value not in (None, "")}
    wanted.pop("page"), wanted.pop("per_page")
    if "country" in wanted:
        wanted["country"] = wanted["country"].upper()
        if not Country.objects.filter(code=wanted["country"]).exists():
            raise HttpError(422, f"unknown country code: {filters.country}")
    if wanted.get("sort", "name") not in SORTS:
        raise HttpError(422, f"sort must be one of: {', '.join(SORTS)}")
    current = registry.page(registry.find(wanted), filters.page, filters.per_page)
    if filters.page > current.paginator.num_pages:
        raise HttpError(404, f"there are {current.paginator.num_pages} pages")
    return {
        "count": current.paginator.count,
        "page": current.number,
        "pages": current.paginator.num_pages,
        "results": [public_record(request, participation) for participation in current.object_list],
    }


@api.get("/participants/{slug}", response={200: ParticipantOut, 404: Problem}, summary="One participant")
def participant(request, slug: str):
    found = registry.find({}).filter(authority__slug=slug).first()
    if found is None:
        raise Http404("no participant with this slug")
    return public_record(request, found)


@api.get("/declaration/counters", response=SignatoryCounterOut, summary="Signatories of the Declaration")
def declaration_counter(request):
    count = signatory_counts.signatory_count()
    return {"signatories": count.signatories, "countries": count.countries}


@api.get(
    "/declaration/signatories",
    response=SignatoryPage,
    summary="Verified signatories, as the public list shows them",
)
def signatories(request, filters: Query[SignatoryFilters]):
    country_id = None
    if filters.country:
        country = Country.objects.filter(code=filters.country.upper()).first()
        if country is None:
            raise HttpError(422, f"unknown country code: {filters.country}")
        country_id = country.pk
    listing = PublicList(Filters(country_id, filters.level or "", filters.year, filters.q or ""))
    total = listing.count()
    start = (filters.page - 1) * filters.per_page
    rows = listing[start : start + filters.per_page]
    for row in rows:
        row["signed_on"] = row["signed_on"].isoformat() if row["signed_on"] else None
    pages = max(1, -(-total // filters.per_page))
    return {"count": total, "page": filters.page, "pages": pages, "results": rows}
