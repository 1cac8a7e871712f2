import datetime

from icalendar import Calendar

D = datetime.date


def test_feed_is_a_valid_calendar_of_every_event(client, make_event):
    make_event(
        "First meeting",
        D(2017, 11, 16),
        D(2017, 11, 17),
        description="<p>Founding &amp; first <b>meeting</b>.</p>",
    )
    make_event("Second meeting", D(2019, 2, 26), city="Lviv")
    response = client.get("/en/events/feed.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert sorted(str(event["SUMMARY"]) for event in events) == ["First meeting", "Second meeting"]
    first = next(event for event in events if str(event["SUMMARY"]) == "First meeting")
    assert first.decoded("DTSTART") == D(2017, 11, 16)
    assert first.decoded("DTEND") == D(2017, 11, 18)  # exclusive: the day after the last day
    assert str(first["DESCRIPTION"]) == "Founding & first meeting."
    assert str(first["URL"]) == "http://testserver/en/events/first-meeting/"
    assert all("UID" in event and "DTSTAMP" in event for event in events)


def test_each_event_has_its_own_calendar_file(client, make_event):
    make_event("Second meeting", D(2019, 2, 26), city="Lviv", french_title="Deuxième réunion")
    calendar = Calendar.from_ical(client.get("/fr/events/second-meeting.ics").content)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Deuxième réunion"
    assert str(event["LOCATION"]) == "Lviv, Ukraine"
    english = Calendar.from_ical(client.get("/en/events/second-meeting.ics").content).walk("VEVENT")[0]
    assert english["UID"] == event["UID"]
    assert client.get("/en/events/nothing.ics").status_code == 404
