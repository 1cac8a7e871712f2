"""The registry: the counter on any date and its history, countries, participants and their history."""

import datetime
from typing import Literal

from django.utils import timezone
from ninja import Field, Path, Query, Schema
from ninja.errors import HttpError

from alliance.authorities.models import Country
from alliance.participants import counters, directory
from alliance.participants import datasets as participant_datasets
from alliance.participants.forms import SORTS, DirectoryForm
from alliance.participants.records import public_record

from ..paging import IsoDate, PageParameters, page_schema, paginate, record_schema
from ..problems import Problem

NAME_PATTERN = r"^[^\x00-\x1f\x7f]*$"  # printable text: what a name search can hold
Participant = record_schema(participant_datasets.PARTICIPANTS, "Participant")
ParticipantPage = page_schema(Participant, "ParticipantPage", "A page of participants")
CounterStep = record_schema(participant_datasets.COUNTER_HISTORY, "CounterStep")
CounterHistory = page_schema(CounterStep, "CounterHistory", "A page of the counter's history")
HistoryPage = page_schema(Participant, "ParticipationHistoryPage", "A page of every participation")


class Counter(Schema):
    as_of: datetime.date = Field(..., description="The day of the figures", examples=["2015-12-31"])
    participants: int = Field(
        ..., ge=0, description="Cities and regions taking part that day", examples=[130]
    )
    countries: int = Field(..., ge=0, description="Countries they come from", examples=[29])


class CountryOut(Schema):
    code: str = Field(..., description="ISO 3166-1 alpha-2 code", examples=["AL"])
    name_en: str = Field(..., description="Name in English", examples=["Albania"])
    name_fr: str = Field(..., description="Name in French", examples=["Albanie"])
    coe_member: bool = Field(
        ..., description="Whether it is a member state of the Council of Europe", examples=[True]
    )


class Day(Schema):
    as_of: IsoDate | None = Field(
        None, description="The day, YYYY-MM-DD; today when left out", examples=["2015-12-31"]
    )


class Slug(Schema):
    slug: str = Field(
        ...,
        max_length=120,
        pattern=r"^[-a-zA-Z0-9_]+$",
        description="The participant's identifier, as in its profile's address",
        examples=["korce"],
    )


class ParticipantFilters(PageParameters):
    q: str | None = Field(
        None,
        max_length=100,
        pattern=NAME_PATTERN,
        description="Part of the name; case and accents do not count",
        examples=["sisli"],
    )
    country: str | None = Field(
        None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code of the country", examples=["AL"]
    )
    level: Literal["local", "regional"] | None = Field(
        None, description="local or regional", examples=["local"]
    )
    year: int | None = Field(None, ge=1900, le=2200, description="Year of joining", examples=[2014])
    sort: Literal[tuple(SORTS)] | None = Field(  # type: ignore[valid-type]
        None, description="Order: " + ", ".join(SORTS) + " (as the directory)", examples=["name"]
    )

    def directory_query(self):
        """The directory's own query string, or None when a filter names something the
        directory does not offer (a country with no participant, a year nobody joined)."""
        query = self.dict(exclude={"page", "per_page"}, exclude_none=True)
        if "country" in query:
            query["country"] = query["country"].upper()
        form = DirectoryForm(query)
        form.is_valid()
        return None if set(form.errors) & set(query) else query


def register(api):
    @api.get(
        "/counters",
        response={200: Counter, 422: Problem},
        summary="The headline counter on any date",
        description="Cities and regions taking part and their countries on the day `as_of` "
        "(today when it is left out). Any valid date is accepted; before 2013 the figures are 0.",
        tags=["registry"],
    )
    def counter(request, day: Query[Day]):
        count = counters.participant_count(day.as_of or timezone.localdate())
        return {"as_of": count.as_of, "participants": count.participants, "countries": count.countries}

    @api.get(
        "/counters/history",
        response={200: CounterHistory, 404: Problem, 422: Problem},
        summary="The counter over time: every day it changed",
        tags=["registry"],
    )
    def counter_history(request, paging: Query[PageParameters]):
        return paginate(request, participant_datasets.COUNTER_HISTORY, {}, paging)

    @api.get(
        "/countries",
        response=list[CountryOut],
        summary="Countries the registry knows",
        tags=["registry"],
    )
    def countries(request):
        return list(Country.objects.order_by("name_en").values("code", "name_en", "name_fr", "coe_member"))

    @api.get(
        "/participants",
        response={200: ParticipantPage, 404: Problem, 422: Problem},
        summary="Participants today, as the directory lists them",
        description="The same search, filters and order as /en/participants/ and its files. An "
        "unknown country gives no result; a page past the end is a 404.",
        tags=["registry"],
    )
    def participants(request, filters: Query[ParticipantFilters]):
        return paginate(request, participant_datasets.PARTICIPANTS, filters.directory_query(), filters)

    @api.get(
        "/participants/history",
        response={200: HistoryPage, 404: Problem, 422: Problem},
        summary="Every participation since 2013, including those that ended",
        tags=["registry"],
    )
    def participation_history(request, paging: Query[PageParameters]):
        return paginate(request, participant_datasets.PARTICIPATION_HISTORY, {}, paging)

    @api.get(
        "/participants/{slug}",
        response={200: Participant, 404: Problem, 422: Problem},
        summary="One participant taking part today",
        tags=["registry"],
    )
    def participant(
        request,
        wanted: Path[Slug],
    ):
        found = directory.find({}).filter(authority__slug=wanted.slug).first()
        if found is None:
            raise HttpError(404, "No participant with this identifier takes part today.")
        return public_record(request, found)
