import datetime

import time_machine
from django.core.exceptions import ValidationError

from alliance.events.models import Event
from alliance.events.teasers import events_of, upcoming

D = datetime.date
NOON = datetime.time(12, 0)


def _at(day):
    return time_machine.travel(datetime.datetime.combine(day, NOON, tzinfo=datetime.UTC), tick=False)


def test_an_event_is_upcoming_until_its_last_day_is_over(client, make_event):
    make_event("First meeting of the Ukrainian network", D(2017, 11, 16), D(2017, 11, 17))
    with _at(D(2017, 11, 17)):
        html = client.get("/en/events/").content.decode()
        upcoming_part, past_part = html.split('id="past-heading"')
        assert "First meeting of the Ukrainian network" in upcoming_part
        assert "16–17 November 2017" in upcoming_part
    with _at(D(2017, 11, 18)):
        html = client.get("/en/events/").content.decode()
        upcoming_part, past_part = html.split('id="past-heading"')
        assert "First meeting of the Ukrainian network" not in upcoming_part
        assert "First meeting of the Ukrainian network" in past_part


def test_a_one_day_event_is_past_the_day_after(make_event):
    make_event("Seminar in Trakai", D(2015, 12, 17), city="Trakai")
    with _at(D(2015, 12, 17)):
        assert [e.title for e in Event.objects.upcoming()] == ["Seminar in Trakai"]
    with _at(D(2015, 12, 18)):
        assert list(Event.objects.upcoming()) == []
        assert [e.title for e in Event.objects.past()] == ["Seminar in Trakai"]


def test_lists_are_in_the_current_language(client, make_event):
    make_event(
        "Launch of the Alliance", D(2013, 3, 20), french_title="Lancement de l'Alliance", city="Strasbourg"
    )
    with _at(D(2013, 3, 1)):
        french = client.get("/fr/events/").content.decode()
        english = client.get("/en/events/").content.decode()
    assert "Lancement de l&#x27;Alliance" in french and "Launch of the Alliance" not in french
    assert "20 mars 2013" in french
    assert "Launch of the Alliance" in english


def test_home_teasers_list_upcoming_events(rf, make_event):
    make_event("Second meeting in Lviv", D(2019, 2, 26), city="Lviv")
    make_event("Old seminar", D(2012, 9, 25), city="Strasbourg")
    with _at(D(2019, 1, 1)):
        [teaser] = upcoming(rf.get("/en/"))
    assert teaser == {
        "title": "Second meeting in Lviv",
        "url": "/en/events/second-meeting-in-lviv/",
        "when": "26 February 2019",
        "place": "Lviv, Ukraine",
    }


def test_event_page_shows_the_facts(client, make_event):
    make_event(
        "Meeting in Kyiv",
        D(2017, 11, 16),
        D(2017, 11, 17),
        place="City hall",
        organiser_name="Ukrainian Alliance",
    )
    html = client.get("/en/events/meeting-in-kyiv/").content.decode()
    assert "16–17 November 2017" in html
    assert "City hall, Kyiv, Ukraine" in html
    assert "Ukrainian Alliance" in html
    assert 'href="/en/events/meeting-in-kyiv.ics"' in html
    assert client.get("/en/events/no-such-event/").status_code == 404


def test_an_event_links_to_its_french_version_at_its_own_address(client, make_event, settings):
    settings.SITE_URL = "https://alliance.example.org"
    event = make_event("Meeting in Kyiv", D(2017, 11, 16), french_title="Réunion à Kyiv")
    Event.objects.filter(translation_key=event.translation_key, locale__language_code="fr").update(
        slug="reunion-a-kyiv"
    )
    html = client.get("/en/events/meeting-in-kyiv/").content.decode()
    assert (
        '<link rel="alternate" hreflang="fr" href="https://alliance.example.org/fr/events/reunion-a-kyiv/">'
        in html
    )
    assert 'href="/fr/events/reunion-a-kyiv/"' in html  # the language switch
    french = client.get("/fr/events/reunion-a-kyiv/").content.decode()
    assert '<link rel="canonical" href="https://alliance.example.org/fr/events/reunion-a-kyiv/">' in french
    assert 'href="/en/events/meeting-in-kyiv/"' in french
    assert client.get("/fr/events/meeting-in-kyiv/").status_code == 404


def test_events_of_a_network(make_event):
    from alliance.networks.models import NationalNetwork

    event = make_event("Meeting in Kyiv", D(2017, 11, 16))
    network = NationalNetwork.objects.create(
        slug="ua", name_en="Ukrainian Alliance", name_fr="Alliance ukrainienne", country=event.country
    )
    event.organiser = "network"
    event.organiser_network = network
    event.save()
    assert events_of(network) == [event]
    assert event.organiser_label == "Ukrainian Alliance"


def test_the_feed_slug_is_reserved_and_dates_are_checked(make_event):
    event = make_event("Feed", D(2017, 1, 2), slug="feed")
    event.end_date = D(2017, 1, 1)
    try:
        event.full_clean()
    except ValidationError as error:
        assert set(error.message_dict) >= {"slug", "end_date"}
    else:
        raise AssertionError("a reserved slug and an end before the start must be refused")
