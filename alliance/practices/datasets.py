"""The published good practices as a dataset, exported in every format by `alliance.core.exports`:
the same rows, columns and order as the practices' page with its search and filters. Who proposed
or reviewed a practice is never part of a row."""

import datetime

from django.db.models import Max, Min
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table

from .forms import PracticeFilterForm
from .models import GoodPractice, Theme

COLUMNS = (
    Column("id", "integer", _("Identifier of the practice on this site"), 7, {"required": True}),
    Column("title_en", "string", _("Title in English"), "School mediators in every district"),
    Column("title_fr", "string", _("Title in French"), "Des médiateurs scolaires dans chaque quartier"),
    Column("theme", "string", _("Theme"), "education", {"enum": list(Theme.values)}),
    Column("authority", "string", _("City or region that runs it; empty for a general practice"), "Korçë"),
    Column("authority_slug", "string", _("Identifier of that authority in the site's addresses"), "korce"),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of its country"), "AL"),
    Column("period_start", "integer", _("Year it started"), 2015),
    Column("period_end", "integer", _("Year it ended; empty if it is still running"), None),
    Column("summary_en", "string", _("Summary in English"), "Mediators link schools and families."),
    Column("summary_fr", "string", _("Summary in French"), "Des médiateurs relient écoles et familles."),
    Column("results_en", "string", _("Results in English"), ""),
    Column("results_fr", "string", _("Results in French"), ""),
    Column("links", "string", _("Web addresses about it, separated by spaces"), "https://example.org/report"),
    Column("latitude", "number", _("Latitude of the authority's seat, WGS 84"), 40.6186),
    Column("longitude", "number", _("Longitude of the authority's seat, WGS 84"), 20.7808),
    Column(
        "url",
        "string",
        _("Address of the practice's page on this site"),
        "https://example.org/en/practices/7/",
    ),
)


def _rows(request, query):
    practices = GoodPractice.objects.public().select_related("authority", "authority__country")
    for practice in PracticeFilterForm(query or None).filter(practices):
        authority = practice.authority
        yield {
            "id": practice.pk,
            "title_en": practice.title_en,
            "title_fr": practice.title_fr,
            "theme": practice.theme,
            "authority": authority.name if authority else "",
            "authority_slug": authority.slug if authority else "",
            "country_code": authority.country.code if authority else "",
            "period_start": practice.period_start,
            "period_end": practice.period_end,
            "summary_en": practice.summary_en,
            "summary_fr": practice.summary_fr,
            "results_en": practice.results_en,
            "results_fr": practice.results_fr,
            "links": " ".join(url for _label, url in practice.link_list),
            "latitude": authority.latitude if authority else None,
            "longitude": authority.longitude if authority else None,
            "url": request.build_absolute_uri(reverse("practices:detail", args=[practice.pk])),
        }


def _place(row):
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    return (row["longitude"], row["latitude"])


def _span():
    # A practice published before publication days were recorded counts from the day it was entered.
    published = Coalesce("published_at", "created_at")
    days = GoodPractice.objects.public().aggregate(first=Min(published), changed=Max("updated_at"))
    return tuple(timezone.localdate(days[key]) if days[key] else None for key in ("first", "changed"))


PRACTICES = Table(
    name="good-practices",
    title=_("Good practices for Roma inclusion"),
    description=_(
        "Practices of participating cities and regions, published after review, in both "
        "languages, as the good practices' page lists them with the same search and filters."
    ),
    columns=COLUMNS,
    rows=_rows,
    page="practices:index",
    frequency="MONTHLY",
    frequency_label=_("whenever a moderator publishes a practice, a few times a month"),
    place=_place,
    primary_key=("id",),
    keywords=(_("good practices"), _("Roma"), _("inclusion"), _("local authorities")),
    themes=("SOCI", "EDUC", "HEAL"),
    issued=datetime.date(2026, 12, 2),
    span=_span,
)
