import feedparser
from django.utils import translation

from alliance.authorities import demo as authorities_demo
from alliance.events import demo as events_demo
from alliance.events.models import Event
from alliance.news import demo as news_demo
from alliance.news.models import NewsArticlePage


class Quiet:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def test_demo_news_and_events_load_twice_without_duplicates(client, site_shell):
    authorities_demo.load(Quiet())
    for _ in range(2):
        events_demo.load(Quiet())
        news_demo.load(Quiet())
    assert NewsArticlePage.objects.filter(locale__language_code="en", live=True).count() == 9
    assert NewsArticlePage.objects.filter(locale__language_code="fr", live=True).count() == 9
    assert (
        Event.objects.filter(locale__language_code="fr").count()
        == Event.objects.filter(locale__language_code="en").count()
    )
    with translation.override("fr"):
        kyiv = Event.objects.get(slug="ukrainian-network-kyiv-2017", locale__language_code="fr")
        assert kyiv.when == "16–17 novembre 2017"
    for language in ("en", "fr"):
        parsed = feedparser.parse(client.get(f"/{language}/news/feed/atom/").content)
        assert parsed.bozo == 0 and len(parsed.entries) == 9
    assert "Le Val-de-Marne rejoint l&#x27;Alliance" in client.get("/fr/news/").content.decode()
