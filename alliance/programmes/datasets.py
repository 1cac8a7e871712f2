"""The named programme participations as a dataset, exported in every format by
`alliance.core.exports`: for `?programme=<slug>`, the same rows and order as the table on the
programme's page (by country, then by municipality); without it, every programme in turn."""

import datetime

from django.db.models import Max, Min
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table, as_of

from .models import STEP_ORDER, ProgrammeParticipation, ReportedTotal

COLUMNS = (
    Column("programme", "string", _("Identifier of the programme"), "romact", {"required": True}),
    Column("phase", "string", _("Phase of the programme, in English"), "Phase 2 (2015–2017)"),
    Column("authority", "string", _("Municipality or region taking part"), "Cluj-Napoca", {"required": True}),
    Column(
        "authority_slug", "string", _("Identifier of the authority in the site's addresses"), "cluj-napoca"
    ),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of its country"), "RO"),
    Column("joined_on", "date", _("Day it began to take part"), "2015-02-01", {"required": True}),
    Column("stopped_on", "date", _("Day the process stopped before completion; usually empty"), None),
    Column(
        "last_step",
        "string",
        _("Last step of the process reached, if the programme has steps"),
        "action-plan",
        {"enum": [*STEP_ORDER, ""]},
    ),
    Column("last_step_on", "date", _("Day that step was reached (or by which it was)"), "2016-05-10"),
    Column("steps_reached", "integer", _("Number of steps reached, out of seven"), 4, {"minimum": 0}),
    Column("note_en", "string", _("Note in English"), ""),
    Column("note_fr", "string", _("Note in French"), ""),
    Column("latitude", "number", _("Latitude of the authority's seat, WGS 84"), 46.7712),
    Column("longitude", "number", _("Longitude of the authority's seat, WGS 84"), 23.6236),
    Column(
        "programme_url",
        "string",
        _("Address of the programme's page"),
        "https://example.org/en/programmes/romact/",
    ),
)


def participations(query, day=None):
    found = ProgrammeParticipation.objects.select_related("programme", "phase", "authority__country")
    if programme := (query or {}).get("programme"):
        found = found.filter(programme__slug=programme)
    if day is not None:
        found = found.as_of(day)
    return found.prefetch_related("steps").order_by(
        "programme__order", "programme__name_en", "authority__country__name_en", "authority__name"
    )


def _rows(request, query):
    """The rows as they stood on `?on=` (today by default): the participations begun by then, the
    steps reached by then, and a stop only once it happened."""
    day = as_of(query)
    for participation in participations(query, day):
        authority = participation.authority
        steps = sorted(
            (record for record in participation.steps.all() if day is None or record.reached_on <= day),
            key=lambda record: STEP_ORDER.index(record.step),
        )
        last = steps[-1] if steps else None
        stopped = participation.stopped_on if day is None or participation.stopped_by(day) else None
        yield {
            "programme": participation.programme.slug,
            "phase": participation.phase.name_en,
            "authority": authority.name,
            "authority_slug": authority.slug,
            "country_code": authority.country.code,
            "joined_on": participation.joined_on,
            "stopped_on": stopped,
            "last_step": last.step if last else "",
            "last_step_on": last.reached_on if last else None,
            "steps_reached": len(steps),
            "note_en": participation.note_en,
            "note_fr": participation.note_fr,
            "latitude": authority.latitude,
            "longitude": authority.longitude,
            "programme_url": request.build_absolute_uri(
                reverse("programmes:detail", args=[participation.programme.slug])
            ),
        }


def _place(row):
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    return (row["longitude"], row["latitude"])


def _span():
    days = ProgrammeParticipation.objects.aggregate(first=Min("joined_on"), last=Max("joined_on"))
    return days["first"], days["last"]


PARTICIPATIONS = Table(
    name="programme-participations",
    title=_("Municipalities taking part in ROMACT and ROMED"),
    description=_(
        "The municipalities known by name that take part in the programmes, with the last step "
        "of the process each has reached, as the table of each programme's page lists them. "
        "Totals reported by country are on the programme pages and in the API."
    ),
    columns=COLUMNS,
    rows=_rows,
    page="programmes:index",
    frequency="MONTHLY",
    frequency_label=_("when the secretariat records a step, a few times a month"),
    place=_place,
    dated=True,
    keywords=(_("ROMACT"), _("ROMED"), _("Roma"), _("municipalities"), _("Council of Europe")),
    themes=("SOCI", "REGI", "GOVE"),
    issued=datetime.date(2026, 12, 2),
    span=_span,
)


FIGURE_COLUMNS = (
    Column("programme", "string", _("Identifier of the programme"), "romact", {"required": True}),
    Column("phase_en", "string", _("Phase of the programme, in English; empty for no one phase"), "Phase 2"),
    Column("phase_fr", "string", _("Phase of the programme, in French"), "Phase 2"),
    Column("phase_starts_on", "date", _("Day the phase starts"), "2015-01-01"),
    Column("phase_ends_on", "date", _("Day the phase ends; empty while it goes on"), "2017-12-31"),
    Column(
        "country_code", "string", _("ISO 3166-1 alpha-2 code of the country; empty for all countries"), "RO"
    ),
    Column("country_name_en", "string", _("Name of the country in English"), "Romania"),
    Column("country_name_fr", "string", _("Name of the country in French"), "Roumanie"),
    Column(
        "named_municipalities",
        "integer",
        _("Municipalities known by name that took part in that phase, in that country"),
        12,
        {"required": True, "minimum": 0},
    ),
    Column(
        "stopped",
        "integer",
        _("Of those, municipalities whose process stopped before completion"),
        1,
        {"required": True, "minimum": 0},
    ),
    Column(
        "reported_municipalities",
        "integer",
        _("Municipalities taking part as the secretariat last reported them; empty if never reported"),
        59,
        {"minimum": 0},
    ),
    Column("reported_from", "date", _("First day of the period that report covers"), "2014-01-01"),
    Column("reported_to", "date", _("Day on which the reported figure holds"), "2018-09-30"),
    Column("source_en", "string", _("Source of the reported figure, in English"), "Council of Europe"),
    Column("source_fr", "string", _("Source of the reported figure, in French"), "Conseil de l’Europe"),
)


def _figure_rows(request, query):
    """One row per programme, phase and country: the municipalities named on this site and the
    latest total the secretariat reported. A total reported over every country has an empty
    country; one not tied to a phase has an empty phase."""
    rows = {}

    def row(programme, phase, country):
        key = (programme.pk, phase.pk if phase else None, country.pk if country else None)
        if key not in rows:
            rows[key] = {
                "programme": programme.slug,
                "phase_en": phase.name_en if phase else "",
                "phase_fr": phase.name_fr if phase else "",
                "phase_starts_on": phase.starts_on if phase else None,
                "phase_ends_on": phase.ends_on if phase else None,
                "country_code": country.code if country else "",
                "country_name_en": country.name_en if country else "",
                "country_name_fr": country.name_fr if country else "",
                "named_municipalities": 0,
                "stopped": 0,
                "reported_municipalities": None,
                "reported_from": None,
                "reported_to": None,
                "source_en": "",
                "source_fr": "",
                "_order": (
                    programme.order,
                    programme.name_en,
                    phase.starts_on if phase else datetime.date.max,
                    phase.name_en if phase else "",
                    country is not None,
                    country.name_en if country else "",
                ),
            }
        return rows[key]

    named = ProgrammeParticipation.objects.select_related("programme", "phase", "authority__country")
    for participation in named:
        figures = row(participation.programme, participation.phase, participation.authority.country)
        figures["named_municipalities"] += 1
        figures["stopped"] += 1 if participation.stopped_on else 0
    # The latest report wins: they come oldest first.
    reported = ReportedTotal.objects.select_related("programme", "phase", "country").order_by(
        "period_end", "pk"
    )
    for total in reported:
        figures = row(total.programme, total.phase, total.country)
        figures.update(
            reported_municipalities=total.municipalities,
            reported_from=total.period_start,
            reported_to=total.period_end,
            source_en=total.source_en,
            source_fr=total.source_fr,
        )
    for figures in sorted(rows.values(), key=lambda figures: figures["_order"]):
        del figures["_order"]
        yield figures


def _figure_span():
    named = ProgrammeParticipation.objects.aggregate(first=Min("joined_on"), last=Max("joined_on"))
    reported = ReportedTotal.objects.aggregate(first=Min("period_start"), last=Max("period_end"))
    first = min((day for day in (named["first"], reported["first"]) if day), default=None)
    last = max((day for day in (named["last"], reported["last"]) if day), default=None)
    return first, last


FIGURES = Table(
    name="programme-figures",
    title=_("ROMACT and ROMED in figures, by country and phase"),
    description=_(
        "For each programme, phase and country: the municipalities known by name on this site, "
        "those whose process stopped, and the latest total the secretariat reported with its "
        "period and source, as the programme pages and their infographics show them."
    ),
    columns=FIGURE_COLUMNS,
    rows=_figure_rows,
    page="programmes:index",
    frequency="MONTHLY",
    frequency_label=_("when the secretariat records a participation or reports a total"),
    primary_key=(),
    keywords=(_("ROMACT"), _("ROMED"), _("Roma"), _("statistics"), _("Council of Europe")),
    themes=("SOCI", "REGI", "GOVE"),
    issued=datetime.date(2026, 12, 8),
    span=_figure_span,
)
