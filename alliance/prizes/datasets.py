"""The Dosta! Congress prize as datasets: its editions and their winners, in the order of the
prize's page (latest edition first, then by rank), exported in every format by
`alliance.core.exports` and served by the API. Winners are municipalities, never people."""

import datetime

from django.db.models import Count, Exists, Max, Min, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table
from alliance.participants.models import Participation

from .models import PrizeEdition, PrizeWinner, Rank

EDITION_COLUMNS = (
    Column("year", "integer", _("Year of the edition"), 2017, {"required": True, "minimum": 2000}),
    Column("awarded_on", "date", _("Day the prize was awarded, when known"), "2017-10-18"),
    Column("winners", "integer", _("Number of municipalities rewarded"), 3, {"required": True, "minimum": 0}),
    Column("summary_en", "string", _("About the edition, in English"), ""),
    Column("summary_fr", "string", _("About the edition, in French"), ""),
    Column(
        "prize_url",
        "string",
        _("Address of the prize's page on this site"),
        "https://example.org/en/dosta-prize/",
    ),
)


def _page(request, year):
    return request.build_absolute_uri(reverse("prizes:index") + f"#edition-{year}")


def _edition_rows(request, query):
    for edition in PrizeEdition.objects.annotate(winner_count=Count("winners")).order_by("-year"):
        yield {
            "year": edition.year,
            "awarded_on": edition.awarded_on,
            "winners": edition.winner_count,
            "summary_en": edition.summary_en,
            "summary_fr": edition.summary_fr,
            "prize_url": _page(request, edition.year),
        }


def _span():
    years = PrizeEdition.objects.aggregate(first=Min("year"), last=Max("year"), awarded=Max("awarded_on"))
    if years["first"] is None:
        return None, None
    return datetime.date(years["first"], 1, 1), years["awarded"] or datetime.date(years["last"], 1, 1)


KEYWORDS = (_("Dosta!"), _("prize"), _("Roma"), _("municipalities"), _("Council of Europe"))

EDITIONS = Table(
    name="prize-editions",
    title=_("Editions of the Dosta! Congress prize"),
    description=_(
        "Every edition of the Dosta! prize of the Congress of Local and Regional Authorities for "
        "municipalities: its year, the day it was awarded and the number of municipalities rewarded."
    ),
    columns=EDITION_COLUMNS,
    rows=_edition_rows,
    page="prizes:index",
    frequency="BIENNIAL",
    frequency_label=_("after each edition of the prize, every two years"),
    primary_key=("year",),
    keywords=KEYWORDS,
    themes=("SOCI", "GOVE"),
    issued=datetime.date(2026, 12, 8),
    span=_span,
)

WINNER_COLUMNS = (
    Column("year", "integer", _("Year of the edition"), 2017, {"required": True, "minimum": 2000}),
    Column("authority", "string", _("Municipality rewarded"), "Mangalia", {"required": True}),
    Column(
        "authority_slug",
        "string",
        _("Identifier of the authority's profile when it takes part in the Alliance; empty otherwise"),
        "mangalia",
    ),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of its country"), "RO", {"required": True}),
    Column("country_name_en", "string", _("Name of the country in English"), "Romania"),
    Column("country_name_fr", "string", _("Name of the country in French"), "Roumanie"),
    Column(
        "rank",
        "integer",
        _("1, 2 or 3 for the first, second or third prize; empty when not known"),
        1,
        {"enum": [rank.value for rank in Rank]},
    ),
    Column("citation_en", "string", _("What was rewarded, in English"), ""),
    Column("citation_fr", "string", _("What was rewarded, in French"), ""),
    Column("latitude", "number", _("Latitude of the authority's seat, WGS 84"), 43.8167),
    Column("longitude", "number", _("Longitude of the authority's seat, WGS 84"), 28.5833),
)


def _winner_rows(request, query):
    winners = PrizeWinner.objects.select_related("edition", "authority__country").annotate(
        participant=Exists(Participation.objects.filter(authority=OuterRef("authority")))
    )
    for winner in winners.order_by("-edition__year", "rank", "authority__name", "pk"):
        authority = winner.authority
        yield {
            "year": winner.edition.year,
            "authority": authority.name,
            "authority_slug": authority.slug if winner.participant else "",
            "country_code": authority.country.code,
            "country_name_en": authority.country.name_en,
            "country_name_fr": authority.country.name_fr,
            "rank": winner.rank,
            "citation_en": winner.citation_en,
            "citation_fr": winner.citation_fr,
            "latitude": authority.latitude,
            "longitude": authority.longitude,
        }


def _place(row):
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    return (row["longitude"], row["latitude"])


WINNERS = Table(
    name="prize-winners",
    title=_("Winners of the Dosta! Congress prize"),
    description=_(
        "The municipalities rewarded at each edition of the Dosta! prize, with their rank and "
        "what was rewarded, as the prize's page lists them."
    ),
    columns=WINNER_COLUMNS,
    rows=_winner_rows,
    page="prizes:index",
    frequency="BIENNIAL",
    frequency_label=_("after each edition of the prize, every two years"),
    place=_place,
    keywords=(*KEYWORDS, _("winners")),
    themes=("SOCI", "GOVE"),
    issued=datetime.date(2026, 12, 8),
    span=_span,
)
