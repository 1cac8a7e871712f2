"""The named programme participations as a dataset, exported in every format by
`alliance.core.exports`: for `?programme=<slug>`, the same rows and order as the table on the
programme's page (by country, then by municipality); without it, every programme in turn."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table

from .models import STEP_ORDER, ProgrammeParticipation

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


def participations(query):
    found = ProgrammeParticipation.objects.select_related("programme", "phase", "authority__country")
    if programme := (query or {}).get("programme"):
        found = found.filter(programme__slug=programme)
    return found.prefetch_related("steps").order_by(
        "programme__order", "programme__name_en", "authority__country__name_en", "authority__name"
    )


def _rows(request, query):
    for participation in participations(query):
        authority = participation.authority
        steps = sorted(participation.steps.all(), key=lambda record: STEP_ORDER.index(record.step))
        last = steps[-1] if steps else None
        yield {
            "programme": participation.programme.slug,
            "phase": participation.phase.name_en,
            "authority": authority.name,
            "authority_slug": authority.slug,
            "country_code": authority.country.code,
            "joined_on": participation.joined_on,
            "stopped_on": participation.stopped_on,
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
)
