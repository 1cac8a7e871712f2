import datetime

import pytest

from alliance.authorities.models import Authority, Country
from alliance.participants.models import Participation

pytestmark = pytest.mark.usefixtures("search_urls")


@pytest.fixture
def sisli(db):
    country, _ = Country.objects.get_or_create(
        code="TR", defaults={"name_en": "Türkiye", "name_fr": "Türkiye"}
    )
    authority = Authority.objects.create(name="Şişli", country=country)
    Participation.objects.create(
        authority=authority, accession_number=131, joined_on=datetime.date(2017, 1, 1)
    )
    return authority


@pytest.fixture
def prize_article(publish_article):
    return publish_article(
        "Dosta! prize for Şişli, Volos and Gliwice",
        "Le prix Dosta! décerné à Şişli, Volos et Gliwice",
        date=datetime.date(2017, 10, 19),
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_it_finds_a_participant_with_accents_folded(client, sisli, news_indexes, language):
    html = client.get(f"/{language}/search/", {"q": "sisli"}).content.decode()
    assert f'href="/{language}/participants/{sisli.slug}/"' in html


def test_it_does_not_list_authorities_that_are_not_participants(client, news_indexes):
    country, _ = Country.objects.get_or_create(code="GR", defaults={"name_en": "Greece", "name_fr": "Grèce"})
    Authority.objects.create(name="Volos", country=country)
    html = client.get("/en/search/", {"q": "volos"}).content.decode()
    assert "/participants/volos/" not in html


def test_it_finds_an_article_in_english(client, prize_article):
    html = client.get("/en/search/", {"q": "Gliwice"}).content.decode()
    assert 'href="/en/news/dosta-prize-for-' in html
    assert "Dosta! prize for Şişli, Volos and Gliwice" in html
    assert "19 October 2017" in html
    assert "/fr/news/" not in html


def test_it_finds_an_article_in_french_without_its_accents(client, prize_article):
    html = client.get("/fr/search/", {"q": "decerne"}).content.decode()
    assert "Le prix Dosta! décerné à Şişli, Volos et Gliwice" in html
    assert 'href="/fr/news/' in html


def test_it_finds_an_article_with_accents_typed(client, prize_article):
    html = client.get("/fr/search/", {"q": "Décerné"}).content.decode()
    assert "Le prix Dosta! décerné" in html


def test_it_finds_events(client, news_indexes):
    from wagtail.models import Locale

    from alliance.events.models import Event

    Event.objects.create(
        title="First meeting of the Ukrainian network",
        slug="kyiv-2017",
        start_date=datetime.date(2017, 11, 16),
        city="Kyiv",
        locale=Locale.objects.get(language_code="en"),
    )
    html = client.get("/en/search/", {"q": "Kyiv"}).content.decode()
    assert 'href="/en/events/kyiv-2017/"' in html


@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 5000, "<script>", "' OR 1=1 --", '"unbalanced', "AND OR NOT"]
)
def test_any_query_gets_a_page(client, news_indexes, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_empty_search_shows_the_form(client, news_indexes):
    html = client.get("/fr/search/").content.decode()
    assert '<label for="search-q">' in html


def test_a_failing_domain_does_not_break_the_search(client, prize_article, monkeypatch):
    from alliance.news import search

    def broken(app_label, query):
        raise RuntimeError("practices are down")

    monkeypatch.setattr(search, "_public_records", broken)
    response = client.get("/en/search/", {"q": "Gliwice"})
    assert response.status_code == 200
    assert "Dosta! prize for Şişli, Volos and Gliwice" in response.content.decode()
