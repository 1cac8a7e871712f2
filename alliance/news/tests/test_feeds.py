import feedparser
import pytest


@pytest.fixture
def two_articles(publish_article):
    publish_article("The Alliance is launched", "Lancement de l'Alliance", tags=["launch"])
    publish_article("Déclaration adoptée", "La Déclaration est adoptée")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_parse_without_bozo(client, two_articles, language, kind):
    response = client.get(f"/{language}/news/feed/{kind}/")
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert len(parsed.entries) == 2
    assert parsed.feed.get("language", language).startswith(language)
    for entry in parsed.entries:
        assert entry.published_parsed is not None
        assert entry.link.startswith(f"http://testserver/{language}/news/")


def test_french_feed_has_french_titles(client, two_articles):
    parsed = feedparser.parse(client.get("/fr/news/feed/rss/").content)
    assert {entry.title for entry in parsed.entries} == {
        "Lancement de l'Alliance",
        "La Déclaration est adoptée",
    }


def test_rss_content_type(client, two_articles):
    response = client.get("/en/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert client.get("/en/news/feed/atom/")["Content-Type"].startswith("application/atom+xml")


def test_index_links_its_feeds(client, two_articles):
    html = client.get("/en/news/").content.decode()
    assert 'type="application/rss+xml" href="/en/news/feed/rss/"' in html
    assert 'href="/en/news/feed/atom/"' in html
