"""The participants' public lists as datasets: the directory, every participation ever, the counter.

Each is exported in every format by `alliance.core.exports` and described by the same columns in
the open-data package, the catalogue and the API.
"""

import datetime

from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table, as_of

from . import counters
from . import directory as registry
from .forms import DirectoryForm
from .models import Participation
from .records import public_record

LEVELS = {"enum": ["local", "regional"]}

PARTICIPANT_COLUMNS = (
    Column(
        "accession_number",
        "integer",
        _("Order in which the authority joined the Alliance, from 1"),
        1,
        {"required": True, "minimum": 1},
    ),
    Column("name", "string", _("Official name of the city or region"), "Korçë", {"required": True}),
    Column("local_name", "string", _("Name in the local language, when it differs"), "Bashkia Korçë"),
    Column("slug", "string", _("Identifier of the participant in the site's addresses"), "korce"),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of the country"), "AL"),
    Column("country_name_en", "string", _("Name of the country in English"), "Albania"),
    Column("country_name_fr", "string", _("Name of the country in French"), "Albanie"),
    Column("level", "string", _("local (a city or municipality) or regional"), "local", LEVELS),
    Column("kind", "string", _("Kind of authority: municipality, city, county, region…"), "municipality"),
    Column("subdivision_code", "string", _("ISO 3166-2 code of the region, when known"), "AL-06"),
    Column("population", "integer", _("Population, when known"), 75994, {"minimum": 0}),
    Column("latitude", "number", _("Latitude of the town hall or seat, WGS 84"), 40.6186),
    Column("longitude", "number", _("Longitude of the town hall or seat, WGS 84"), 20.7808),
    Column("website", "string", _("Official website"), "https://www.bashkiakorce.gov.al/"),
    Column("joined_on", "date", _("Day the authority joined the Alliance"), "2014-05-01"),
    Column("left_on", "date", _("First day on which it no longer took part; empty while it does"), None),
    Column("profile_url", "string", _("Address of its profile on this site"), "https://example.org/en/"),
)


def _directory_rows(request, query):
    day = as_of(query)
    for participation in registry.find(DirectoryForm(query).filters(), day).iterator(chunk_size=1000):
        yield public_record(request, participation, day)


def _directory_window(request, query, start, stop):
    day = as_of(query)
    participations = registry.find(DirectoryForm(query).filters(), day)
    return participations.count(), [public_record(request, p, day) for p in participations[start:stop]]


def _span():
    """The first and the latest day on which a participation began or ended."""
    days = Participation.objects.aggregate(
        first=Min("joined_on"), joined=Max("joined_on"), left=Max("left_on")
    )
    latest = max((day for day in (days["joined"], days["left"]) if day), default=None)
    return days["first"], min(latest, timezone.localdate()) if latest else None


KEYWORDS = (_("Roma"), _("Travellers"), _("inclusion"), _("local authorities"), _("regions"))
THEMES = ("SOCI", "GOVE", "REGI")


def _place(row):
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    return (row["longitude"], row["latitude"])


PARTICIPANTS = Table(
    name="participants",
    title=_("Participants of the Alliance"),
    description=_(
        "The cities and regions taking part in the Alliance today, as the directory lists them, "
        "with the same search, filters and order."
    ),
    columns=PARTICIPANT_COLUMNS,
    rows=_directory_rows,
    window=_directory_window,
    page="participants:directory",
    frequency="WEEKLY",
    frequency_label=_("whenever an authority joins or leaves, a few times a month"),
    place=_place,
    primary_key=("accession_number",),
    dated=True,
    keywords=(*KEYWORDS, _("directory")),
    themes=THEMES,
    issued=datetime.date(2026, 12, 2),
    span=_span,
)


def _history_rows(request, query):
    day = as_of(query)
    participations = Participation.objects.select_related("authority", "authority__country").order_by(
        "accession_number"
    )
    if day is not None:
        participations = participations.filter(joined_on__lte=day)
    for participation in participations.iterator(chunk_size=1000):
        yield public_record(request, participation, day)


PARTICIPATION_HISTORY = Table(
    name="participation-history",
    title=_("Participation history"),
    description=_(
        "Every participation since the Alliance began, including those of authorities that have "
        "left, in the order of accession."
    ),
    columns=PARTICIPANT_COLUMNS,
    rows=_history_rows,
    page="participants:history",
    frequency="WEEKLY",
    frequency_label=_("whenever an authority joins or leaves, a few times a month"),
    place=_place,
    primary_key=("accession_number",),
    dated=True,
    keywords=(*KEYWORDS, _("history")),
    themes=THEMES,
    issued=datetime.date(2026, 12, 2),
    span=_span,
)

COUNTER_COLUMNS = (
    Column("day", "date", _("Day the figures changed; they hold until the next row"), "2013-06-27"),
    Column(
        "participants",
        "integer",
        _("Cities and regions taking part from that day on"),
        120,
        {"required": True, "minimum": 0},
    ),
    Column("countries", "integer", _("Countries they come from"), 23, {"required": True, "minimum": 0}),
    Column("joined", "integer", _("Participations that began that day"), 2, {"minimum": 0}),
    Column("left", "integer", _("Participations that ended that day"), 0, {"minimum": 0}),
)


def counter_rows(request=None, query=None):
    today = as_of(query) or timezone.localdate()
    for step in counters.timeline():
        if step.day > today:
            break
        yield {
            "day": step.day.isoformat(),
            "participants": step.participants,
            "countries": step.countries,
            "joined": step.joined,
            "left": step.left,
        }


COUNTER_HISTORY = Table(
    name="counter-history",
    title=_("The counter over time"),
    description=_(
        'The headline figure "N cities and regions from M countries" on every day it changed, '
        "with the number of participations that began and ended that day."
    ),
    columns=COUNTER_COLUMNS,
    rows=counter_rows,
    page="participants:history",
    frequency="WEEKLY",
    frequency_label=_("whenever an authority joins or leaves, a few times a month"),
    primary_key=("day",),
    dated=True,
    keywords=(*KEYWORDS, _("statistics")),
    themes=("SOCI", "GOVE"),
    issued=datetime.date(2026, 12, 2),
    span=_span,
)
