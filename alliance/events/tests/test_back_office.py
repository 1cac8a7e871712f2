import datetime

from django.contrib.auth.models import Permission
from wagtail.models import Locale

from alliance.events.models import Event

LISTING = "/admin/snippets/events/event/"


def test_the_secretariat_lists_and_adds_events(client, administrator, site_shell):
    client.force_login(administrator)
    assert client.get(LISTING).status_code == 200
    response = client.post(
        f"{LISTING}add/?locale=en",
        {
            "title": "Third meeting of the Ukrainian network",
            "slug": "ukrainian-network-3",
            "start_date": "2019-11-20",
            "end_date": "2019-11-21",
            "city": "Odesa",
            "organiser": "network",
            "organiser_name": "Ukrainian Alliance",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get(slug="ukrainian-network-3")
    assert event.end_date == datetime.date(2019, 11, 21)
    assert event.locale == Locale.objects.get(language_code="en")


def test_it_refuses_an_event_ending_before_it_starts(client, administrator, site_shell):
    client.force_login(administrator)
    response = client.post(
        f"{LISTING}add/?locale=en",
        {
            "title": "Backwards",
            "slug": "backwards",
            "start_date": "2019-11-21",
            "end_date": "2019-11-20",
            "city": "Odesa",
            "organiser": "alliance",
        },
    )
    assert response.status_code == 200
    assert "The last day cannot be before the first day." in response.content.decode()
    assert not Event.objects.filter(slug="backwards").exists()


def test_people_without_the_permission_cannot_see_the_events_screens(client, editor, outsider, site_shell):
    client.force_login(outsider)
    assert client.get(LISTING).status_code in (302, 403)
    client.force_login(editor)
    assert client.get(LISTING).status_code in (302, 403)
    editor.groups.first().permissions.add(Permission.objects.get(codename="change_event"))
    assert client.get(LISTING).status_code == 200
