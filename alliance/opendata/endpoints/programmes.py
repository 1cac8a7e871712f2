"""ROMACT and ROMED: the programmes, their figures on any date, and the named participations."""

import datetime

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Path, Query, Schema

from alliance.programmes import datasets as programme_datasets
from alliance.programmes.models import STEP_ORDER, Programme
from alliance.programmes.snapshot import snapshot

from ..paging import IsoDate, PageParameters, page_schema, paginate, record_schema
from ..problems import Problem

ProgrammeParticipation = record_schema(programme_datasets.PARTICIPATIONS, "ProgrammeParticipation")
ParticipationPage = page_schema(
    ProgrammeParticipation, "ProgrammeParticipationPage", "A page of participations"
)
SLUG = {"max_length": 50, "pattern": r"^[-a-zA-Z0-9_]+$"}


class ProgrammeOut(Schema):
    slug: str = Field(..., description="Identifier of the programme", examples=["romact"])
    name_en: str = Field(..., description="Name in English", examples=["ROMACT"])
    name_fr: str = Field(..., description="Name in French", examples=["ROMACT"])
    started_on: datetime.date | None = Field(..., description="Day it started", examples=["2013-10-01"])
    tracks_steps: bool = Field(
        ..., description="Whether municipalities follow its seven steps", examples=[True]
    )
    url: str = Field(
        ..., description="Address of its page", examples=["https://example.org/en/programmes/romact/"]
    )


class CountryFigures(Schema):
    country_code: str = Field(..., description="ISO 3166-1 alpha-2 code", examples=["RO"])
    municipalities: int = Field(
        ..., ge=0, description="The figure shown: reported total or named count", examples=[59]
    )
    named: int = Field(..., ge=0, description="Municipalities known by name on that day", examples=[12])
    from_reported_total: bool = Field(
        ..., description="Whether the figure is a reported total", examples=[True]
    )
    steps: dict[str, int] = Field(
        ..., description="Named municipalities per step reached", examples=[{"commitment": 12}]
    )


class StepFigure(Schema):
    step: str = Field(..., description="Step of the process", examples=["action-plan"])
    municipalities: int = Field(..., ge=0, description="Named municipalities that reached it", examples=[8])


class ReportedTotalOut(Schema):
    municipalities: int = Field(..., ge=0, description="Municipalities reported", examples=[120])
    period_start: datetime.date = Field(..., description="Start of the period", examples=["2013-10-01"])
    period_end: datetime.date = Field(
        ..., description="The figure holds on this day", examples=["2018-09-30"]
    )
    countries: list[str] = Field(..., description="Codes of the countries it covers", examples=[["RO", "BG"]])


class Figures(Schema):
    programme: str = Field(..., description="Identifier of the programme", examples=["romact"])
    as_of: datetime.date = Field(..., description="The day of the figures", examples=["2018-09-30"])
    started: bool = Field(..., description="Whether the programme had started that day", examples=[True])
    named_total: int = Field(..., ge=0, description="Municipalities known by name that day", examples=[40])
    countries: list[CountryFigures] = Field(
        ...,
        description="Figures by country, largest first",
        examples=[
            [
                {
                    "country_code": "RO",
                    "municipalities": 59,
                    "named": 12,
                    "from_reported_total": True,
                    "steps": {},
                }
            ]
        ],
    )
    steps: list[StepFigure] = Field(
        ...,
        description="Named municipalities by step reached (ROMACT); empty for a programme without steps",
        examples=[[{"step": "commitment", "municipalities": 40}]],
    )
    overall_totals: list[ReportedTotalOut] = Field(
        ...,
        description="Totals reported over all countries, latest first",
        examples=[
            [
                {
                    "municipalities": 120,
                    "period_start": "2013-10-01",
                    "period_end": "2018-09-30",
                    "countries": ["RO"],
                }
            ]
        ],
    )
    funded: list[str] = Field(
        ..., description="Named municipalities with funded projects", examples=[["Cluj-Napoca"]]
    )


class ProgrammeSlug(Schema):
    slug: str = Field(..., description="Identifier of the programme", examples=["romact"], **SLUG)


class FiguresDay(Schema):
    as_of: IsoDate | None = Field(
        None, description="The day, YYYY-MM-DD; today when left out", examples=["2018-09-30"]
    )


class ParticipationFilters(PageParameters):
    programme: str | None = Field(None, description="Only this programme", examples=["romact"], **SLUG)


def _figures(programme, day):
    snap = snapshot(programme, day)
    return {
        "programme": programme.slug,
        "as_of": day,
        "started": snap.started,
        "named_total": snap.named_total,
        "countries": [
            {
                "country_code": row.country.code,
                "municipalities": row.municipalities,
                "named": row.named,
                "from_reported_total": row.from_reported_total,
                "steps": {step: row.steps[step] for step in STEP_ORDER},
            }
            for row in snap.countries
        ],
        "steps": [{"step": value, "municipalities": count} for value, _label, count in snap.steps]
        if programme.tracks_steps
        else [],
        "overall_totals": [
            {
                "municipalities": total.municipalities,
                "period_start": total.period_start,
                "period_end": total.period_end,
                "countries": [country.code for country in total.countries_covered.all()],
            }
            for total in snap.overall_totals
        ],
        "funded": [record.participation.authority.name for record in snap.funded],
    }


def register(api):
    @api.get(
        "/programmes",
        response=list[ProgrammeOut],
        summary="The programmes: ROMACT and ROMED",
        tags=["programmes"],
    )
    def programmes(request):
        return [
            {
                "slug": programme.slug,
                "name_en": programme.name_en,
                "name_fr": programme.name_fr,
                "started_on": programme.started_on,
                "tracks_steps": programme.tracks_steps,
                "url": request.build_absolute_uri(reverse("programmes:detail", args=[programme.slug])),
            }
            for programme in Programme.objects.all()
        ]

    @api.get(
        "/programmes/participations",
        response={200: ParticipationPage, 404: Problem, 422: Problem},
        summary="Municipalities known by name taking part, as each programme's table lists them",
        tags=["programmes"],
    )
    def programme_participations(request, filters: Query[ParticipationFilters]):
        query = {"programme": filters.programme} if filters.programme else {}
        return paginate(request, programme_datasets.PARTICIPATIONS, query, filters)

    @api.get(
        "/programmes/{slug}/figures",
        response={200: Figures, 404: Problem, 422: Problem},
        summary="A programme's figures on any date, as its infographic shows them",
        description="By country (a reported total where there is one, else the named count), by "
        "step reached, and the reported totals over all countries. Any valid date is accepted.",
        tags=["programmes"],
    )
    def programme_figures(request, wanted: Path[ProgrammeSlug], day: Query[FiguresDay]):
        programme = get_object_or_404(Programme, slug=wanted.slug)
        return _figures(programme, day.as_of or timezone.localdate())
