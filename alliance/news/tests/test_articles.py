import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import translation

from alliance.authorities.models import Authority, Country
from alliance.news.models import ARTICLES_PER_PAGE, NewsArticlePage
from alliance.news.teasers import latest, news_about
from alliance.participants.models import Participation
from alliance.participants.profile_sections import sections_for


@pytest.fixture
def tivat(db):
    country, _ = Country.objects.get_or_create(
        code="ME", defaults={"name_en": "Montenegro", "name_fr": "Monténégro"}
    )
    authority = Authority.objects.create(name="Tivat", country=country)
    Participation.objects.create(
        authority=authority, accession_number=127, joined_on=datetime.date(2015, 5, 6)
    )
    return authority


def test_article_shows_its_publication_date_in_each_language(client, publish_article):
    publish_article("Tivat joins", "Tivat rejoint l'Alliance", date=datetime.date(2015, 5, 6))
    english = client.get("/en/news/tivat-joins/").content.decode()
    assert '<time datetime="2015-05-06">6 May 2015</time>' in english
    french = client.get("/fr/news/tivat-joins/").content.decode()
    assert '<time datetime="2015-05-06">6 mai 2015</time>' in french


def test_index_teasers_show_the_date_newest_first(client, publish_article):
    publish_article("Older news", date=datetime.date(2013, 3, 20))
    publish_article("Newer news", date=datetime.date(2017, 3, 29))
    html = client.get("/en/news/").content.decode()
    assert '<time datetime="2013-03-20">20 March 2013</time>' in html
    assert html.index("Newer news") < html.index("Older news")


def test_home_teasers_carry_the_date(rf, publish_article):
    publish_article("Tivat joins", date=datetime.date(2015, 5, 6))
    [teaser] = latest(rf.get("/en/"))
    assert teaser["title"] == "Tivat joins"
    assert teaser["date"] == datetime.date(2015, 5, 6)
    assert teaser["url"] == "/en/news/tivat-joins/"
    assert teaser["summary"] == "About Tivat joins."


def test_index_is_paginated(client, publish_article):
    for number in range(ARTICLES_PER_PAGE + 1):
        publish_article(
            f"Article {number:02d}", date=datetime.date(2016, 1, 1) + datetime.timedelta(days=number)
        )
    first = client.get("/en/news/").content.decode()
    assert "Article 10" in first and "Article 00" not in first
    second = client.get("/en/news/?page=2").content.decode()
    assert "Article 00" in second and "Article 10" not in second
    assert client.get("/en/news/?page=nonsense").status_code == 200


def test_index_filters_by_tag(client, publish_article):
    publish_article("About the prize", tags=["dosta-prize"])
    publish_article("About something else")
    html = client.get("/en/news/?tag=dosta-prize").content.decode()
    assert "About the prize" in html and "About something else" not in html


def test_article_shows_image_with_alt_text_and_credit(client, publish_article):
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images.models import Image

    buffer = BytesIO()
    PillowImage.new("RGB", (40, 20), "#003d7a").save(buffer, "PNG")
    image = Image.objects.create(title="Banner", file=ImageFile(buffer, name="banner.png"))
    publish_article(
        "With a picture", image=image, image_alt="Mayors in a meeting room", image_credit="Council of Europe"
    )
    html = client.get("/en/news/with-a-picture/").content.decode()
    assert 'alt="Mayors in a meeting room"' in html
    assert "Council of Europe" in html


def test_article_links_participants_and_profile_shows_the_news(client, rf, publish_article, tivat):
    publish_article("Tivat joins", "Tivat rejoint l'Alliance", authorities=[tivat])
    assert 'href="/fr/participants/tivat/"' in client.get("/fr/news/tivat-joins/").content.decode()
    request = rf.get("/en/participants/tivat/")
    with translation.override("en"):
        sections = sections_for(tivat, request)
    [section] = [s for s in sections if s["template"] == "news/profile_section.html"]
    assert [article.title for article in section["context"]["articles"]] == ["Tivat joins"]


def test_news_about_follows_the_current_language(publish_article, tivat):
    publish_article("Tivat joins", "Tivat rejoint l'Alliance", authorities=[tivat])
    with translation.override("fr"):
        assert [article.title for article in news_about(tivat)] == ["Tivat rejoint l'Alliance"]
    with translation.override("en"):
        assert [article.title for article in news_about(tivat)] == ["Tivat joins"]


def test_news_about_a_network(publish_article):
    from alliance.networks.models import NationalNetwork

    country, _ = Country.objects.get_or_create(
        code="UA", defaults={"name_en": "Ukraine", "name_fr": "Ukraine"}
    )
    network = NationalNetwork.objects.create(
        slug="ukraine", name_en="Ukrainian Alliance", name_fr="Alliance ukrainienne", country=country
    )
    article, _ = publish_article("Network founded")
    article.networks.add(network)
    article.save_revision().publish()
    assert [a.title for a in news_about(network)] == ["Network founded"]


def test_scheduled_article_is_invisible_until_it_goes_live(client, news_indexes):
    index_en, _ = news_indexes
    go_live = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(datetime.datetime(2026, 5, 1, 12, 0, tzinfo=datetime.UTC), tick=False):
        article = index_en.add_child(
            instance=NewsArticlePage(
                title="Scheduled news",
                date=datetime.date(2026, 5, 4),
                standfirst="Soon.",
                body="<p>Soon.</p>",
                live=False,
            )
        )
        article.go_live_at = go_live
        article.save_revision().publish()
        article.refresh_from_db()
        assert not article.live
        assert client.get("/en/news/scheduled-news/").status_code == 404
        assert "Scheduled news" not in client.get("/en/news/").content.decode()
        assert b"Scheduled news" not in client.get("/en/news/feed/rss/").content
        call_command("publish_scheduled", verbosity=0)
        assert client.get("/en/news/scheduled-news/").status_code == 404
    with time_machine.travel(go_live + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", verbosity=0)
        assert client.get("/en/news/scheduled-news/").status_code == 200
        assert b"Scheduled news" in client.get("/en/news/feed/rss/").content


def test_french_index_is_at_fr_news(client, news_indexes):
    response = client.get("/fr/news/")
    assert response.status_code == 200
    assert "<h1>Actualités" in response.content.decode()


def test_participant_profile_lists_its_news(client, publish_article, tivat):
    publish_article(
        "Tivat joins", "Tivat rejoint l'Alliance", authorities=[tivat], date=datetime.date(2015, 5, 6)
    )
    english = client.get("/en/participants/tivat/").content.decode()
    assert 'href="/en/news/tivat-joins/"' in english
    assert "6 May 2015" in english
    french = client.get("/fr/participants/tivat/").content.decode()
    assert "Tivat rejoint l&#x27;Alliance" in french
