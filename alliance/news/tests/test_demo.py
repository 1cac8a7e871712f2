import feedparser
from django.utils import translation

from alliance.authorities import demo as authorities_demo
from alliance.conftest import Quiet
from alliance.events import demo as events_demo
from alliance.events.models import Event
from alliance.news import demo as news_demo
from alliance.news.demo_data import ARTICLES
from alliance.news.feeds import FEED_LENGTH
from alliance.news.models import NewsArticlePage


def test_demo_news_and_events_load_twice_without_duplicates(client, site_shell):
    authorities_demo.load(Quiet())
    for _ in range(2):
        events_demo.load(Quiet())
        news_demo.load(Quiet())
    assert NewsArticlePage.objects.filter(locale__language_code="en", live=True).count() == len(ARTICLES)
    assert NewsArticlePage.objects.filter(locale__language_code="fr", live=True).count() == len(ARTICLES)
    assert (
        Event.objects.filter(locale__language_code="fr").count()
        == Event.objects.filter(locale__language_code="en").count()
    )
    with translation.override("fr"):
        kyiv = Event.objects.get(slug="ukrainian-network-kyiv-2017", locale__language_code="fr")
        assert kyiv.when == "16–17 novembre 2017"
    for language in ("en", "fr"):
        parsed = feedparser.parse(client.get(f"/{language}/news/feed/atom/").content)
        assert parsed.bozo == 0 and len(parsed.entries) == min(len(ARTICLES), FEED_LENGTH)
    assert "Le Val-de-Marne rejoint l&#x27;Alliance" in client.get("/fr/news/", {"page": 2}).content.decode()


def test_the_demo_carries_the_old_sites_news_and_the_spokespersons_statement(client, site_shell):
    authorities_demo.load(Quiet())
    news_demo.load(Quiet())
    slugs = set(
        NewsArticlePage.objects.filter(locale__language_code="fr", live=True).values_list("slug", flat=True)
    )
    assert {
        "ukrainian-alliance-meets-in-lviv",
        "from-jyvaskyla-to-malaga",
        "cahrom-athens-roma-political-participation",
        "romact-131-municipalities",
    } <= slugs
    statement = NewsArticlePage.objects.get(
        slug="cahrom-athens-roma-political-participation", locale__language_code="en"
    )
    assert statement.speaker.name == "John Warmisham"
    html = client.get("/fr/news/speakers/john-warmisham/").content.decode()
    assert "Porte-parole thématique du Congrès sur les Roms et les Gens du voyage" in html
    assert "John Warmisham au CAHROM" in html
