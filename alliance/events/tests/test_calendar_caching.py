"""A calendar file changes only when its events change, so calendar apps and caches can keep it."""

import datetime

import time_machine
from icalendar import Calendar

from alliance.events.models import Event

D = datetime.date


def test_an_events_stamp_is_its_last_change(client, make_event):
    with time_machine.travel(datetime.datetime(2026, 3, 4, 10, 30, 15, tzinfo=datetime.UTC), tick=False):
        make_event("Second meeting", D(2019, 2, 26), city="Lviv")
    [event] = Calendar.from_ical(client.get("/en/events/second-meeting.ics").content).walk("VEVENT")
    assert event.decoded("DTSTAMP") == datetime.datetime(2026, 3, 4, 10, 30, 15, tzinfo=datetime.UTC)


def test_an_unchanged_calendar_keeps_its_etag(client, make_event):
    make_event("Second meeting", D(2019, 2, 26), city="Lviv")
    first = client.get("/en/events/feed.ics")
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)):
        later = client.get("/en/events/feed.ics")
    assert later.content == first.content
    assert later["ETag"] == first["ETag"]
    assert client.get("/en/events/feed.ics", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert "public" in first["Cache-Control"]


def test_a_changed_event_changes_the_calendar(client, make_event):
    make_event("Second meeting", D(2019, 2, 26), city="Lviv")
    first = client.get("/en/events/feed.ics")
    event = Event.objects.get(slug="second-meeting", locale__language_code="en")
    event.city = "Lwów"
    event.save()
    changed = client.get("/en/events/feed.ics", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert b"Lw" in changed.content
