from types import SimpleNamespace

import pytest

from alliance.conftest import Quiet
from alliance.programmes import related


@pytest.fixture
def networks(db):
    from alliance.networks import demo

    demo.load(Quiet())


def test_the_page_lists_news_about_the_network(client, networks, monkeypatch):
    article = SimpleNamespace(title="Ukrainian cities meet in Lviv", url="/en/news/lviv-meeting/", date=None)
    monkeypatch.setattr(related, "news_about", lambda obj: [article] if obj.slug == "ukraine" else [])
    monkeypatch.setattr("alliance.networks.views.news_about", related.news_about)
    html = client.get("/en/networks/ukraine/").content.decode()
    assert '<a href="/en/news/lviv-meeting/">Ukrainian cities meet in Lviv</a>' in html
    assert "Ukrainian cities meet in Lviv" not in client.get("/en/networks/greece/").content.decode()


def test_the_page_lists_the_networks_meetings(client, networks):
    import datetime

    from wagtail.models import Locale

    from alliance.events.models import Event
    from alliance.networks.models import NationalNetwork

    ukraine = NationalNetwork.objects.get(slug="ukraine")
    english, _created = Locale.objects.get_or_create(language_code="en")
    Event.objects.create(
        title="Second meeting of the Ukrainian network",
        slug="lviv-2019",
        start_date=datetime.date(2019, 2, 26),
        city="Lviv",
        country=ukraine.country,
        organiser_network=ukraine,
        locale=english,
    )
    html = client.get("/en/networks/ukraine/").content.decode()
    assert "Meetings" in html
    assert "Second meeting of the Ukrainian network" in html
    assert "26 February 2019" in html
    assert "Second meeting" not in client.get("/en/networks/greece/").content.decode()
