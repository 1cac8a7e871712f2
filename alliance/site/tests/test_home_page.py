"""The home page shows what the Alliance is doing, and never a wall of empty boxes."""

import datetime
from html import unescape

import pytest
from django.core.management import call_command

from alliance.events.models import Event
from alliance.news.models import NewsArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)


def test_it_shows_the_news_the_declaration_the_programmes_and_the_events(client, demo_site):
    html = unescape(client.get("/en/").content.decode())
    assert '<h2 id="home-news-heading">Latest news</h2>' in html
    newest = (
        NewsArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-date", "-first_published_at")
    )
    assert newest.count() > 3
    news = html[html.index("home-news-heading") : html.index("home-declaration-heading")]
    assert [article.title in news for article in newest[:4]] == [True, True, True, False]
    assert '<h2 id="home-declaration-heading">Declaration against anti-Gypsyism</h2>' in html
    assert "<strong>6</strong> signatories" in html
    assert '<a href="/en/programmes/romact/">ROMACT</a>' in html
    assert "Latest event" in html and "Second meeting of the Ukrainian network" in html


def test_it_shows_the_next_event_when_one_is_planned(client, demo_site):
    latest = Event.objects.filter(locale__language_code="en").order_by("-start_date").first()
    assert "Next event" not in client.get("/en/").content.decode()  # the home page's events cached
    # A raw update sends no signal; the next request shows it all the same.
    Event.objects.filter(pk=latest.pk).update(start_date=datetime.date.today() + datetime.timedelta(days=30))
    html = unescape(client.get("/en/").content.decode())
    assert "Next event" in html
    assert latest.title in html[html.index("Next event") :]


def test_it_speaks_french_on_the_french_home_page(client, demo_site):
    html = unescape(client.get("/fr/").content.decode())
    assert "Dernières actualités" in html and "Déclaration contre l'antitsiganisme" in html
    assert "Dernier événement" in html and "<strong>6</strong> signataires" in html


def test_an_empty_site_shows_no_empty_sections(client, site_shell):
    html = client.get("/en/").content.decode()
    assert "home-news-heading" not in html and "home-events-heading" not in html
    assert "No news has been published yet." not in html
    assert "No event is planned" not in html
    assert 'id="cta-heading"' in html
