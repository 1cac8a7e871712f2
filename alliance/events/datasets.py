"""The events list as a dataset, exported in every format by `alliance.core.exports`: upcoming
events first (soonest first), then past ones (latest first), in the page's language, as the
events page lists them."""

import datetime

from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table

from .models import Event, Organiser

COLUMNS = (
    Column(
        "slug",
        "string",
        _("Identifier of the event in the site's addresses"),
        "kyiv-2017",
        {"required": True},
    ),
    Column(
        "title", "string", _("Title, in the page's language"), "Alliance meeting in Kyiv", {"required": True}
    ),
    Column("start_date", "date", _("First day"), "2017-11-16", {"required": True}),
    Column("end_date", "date", _("Last day; empty for an event of one day"), "2017-11-17"),
    Column("place", "string", _("Building or venue"), "Palais de l'Europe"),
    Column("city", "string", _("City"), "Strasbourg"),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of the country"), "FR"),
    Column(
        "organiser",
        "string",
        _("Kind of organiser: congress, alliance, programme, network or other"),
        "alliance",
        {"enum": list(Organiser.values)},
    ),
    Column("organiser_name", "string", _("Name of the organiser, in the page's language"), "Congress"),
    Column("summary", "string", _("Summary, in the page's language"), "Annual meeting of the participants"),
    Column("website", "string", _("Website of the event, if any"), "https://www.coe.int/"),
    Column(
        "url",
        "string",
        _("Address of the event's page on this site"),
        "https://example.org/en/events/kyiv-2017/",
    ),
)


def _events():
    return Event.objects.in_current_language().select_related("country", "organiser_network", "programme")


def _row(request, event):
    return {
        "slug": event.slug,
        "title": event.title,
        "start_date": event.start_date,
        "end_date": event.end_date,
        "place": event.place,
        "city": event.city,
        "country_code": event.country.code if event.country_id else "",
        "organiser": event.organiser,
        "organiser_name": str(event.organiser_label),
        "summary": event.summary,
        "website": event.website,
        "url": request.build_absolute_uri(reverse("events:detail", kwargs={"slug": event.slug})),
    }


def _rows(request, query):
    for events in (_events().upcoming(), _events().past()):
        for event in events.iterator(chunk_size=500):
            yield _row(request, event)


def _span():
    days = Event.objects.aggregate(first=Min("start_date"), changed=Max("updated_at"))
    return days["first"], timezone.localdate(days["changed"]) if days["changed"] else None


EVENTS = Table(
    name="events",
    title=_("Events of the Alliance"),
    description=_(
        "Meetings and events of the Alliance, the Congress, the programmes and the national "
        "networks: upcoming ones first, then past ones, as the events page lists them."
    ),
    columns=COLUMNS,
    rows=_rows,
    page="events:index",
    frequency="MONTHLY",
    frequency_label=_("when an event is announced or reported, a few times a month"),
    primary_key=("slug",),
    keywords=(_("events"), _("meetings"), _("Roma"), _("Council of Europe")),
    themes=("SOCI", "GOVE"),
    issued=datetime.date(2026, 12, 2),
    span=_span,
)
