"""iCalendar (RFC 5545) files of events, for people to add them to their own calendars."""

import datetime
from html import unescape

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from .models import one_day_after

PRODUCT_ID = "-//European Alliance of Cities and Regions for Roma Inclusion//Events//EN"


def calendar_for(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", str(name))
    for event in events:
        calendar.add_component(_component(event, request))
    return calendar.to_ical()


def _stamp(event):
    """The event's last change: an unchanged calendar is the same file, with the same ETag."""
    changed = event.updated_at or timezone.now()
    return changed.astimezone(datetime.UTC).replace(microsecond=0)


def _component(event, request):
    component = CalendarEvent()
    # The same event in English and French is one event for a calendar: one UID per translation key.
    component.add("uid", f"{event.translation_key}@{request.get_host().split(':')[0]}")
    component.add("dtstamp", _stamp(event))
    component.add("summary", event.title)
    # All-day events: DTEND is the day after the last day (exclusive), as RFC 5545 says.
    component.add("dtstart", event.start_date)
    component.add("dtend", one_day_after(event.last_day))
    if event.where:
        component.add("location", event.where)
    description = event.summary or unescape(strip_tags(event.description)).strip()
    if description:
        component.add("description", description)
    component.add("url", request.build_absolute_uri(event.get_absolute_url()))
    return component
