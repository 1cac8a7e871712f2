import datetime

import pytest

from alliance.authorities.models import Authority, Country
from alliance.participants.models import Participation

pytestmark = pytest.mark.usefixtures("index_at_once")


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


def test_the_search_form_of_the_page_is_a_landmark_named_apart_from_the_headers(client, news_indexes):
    html = client.get("/en/search/", {"q": "roma"}).content.decode()
    main = html.split("<main", 1)[1]
    assert 'role="search" aria-labelledby="search-heading"' in main
    assert '<h1 id="search-heading">' in main


@pytest.mark.parametrize("query", ["Val de Marne", "val-de-marne", "Val de-Marne", "VAL DE MARNE"])
def test_hyphens_and_spaces_are_the_same_in_a_participants_name(client, news_indexes, query):
    country, _ = Country.objects.get_or_create(code="FR", defaults={"name_en": "France", "name_fr": "France"})
    authority = Authority.objects.create(name="Val-de-Marne", country=country)
    Participation.objects.create(
        authority=authority, accession_number=120, joined_on=datetime.date(2013, 6, 10)
    )
    html = client.get("/en/search/", {"q": query}).content.decode()
    assert f'href="/en/participants/{authority.slug}/"' in html


def test_an_apostrophe_typed_or_left_out_finds_the_same_name(client, news_indexes):
    country, _ = Country.objects.get_or_create(code="IT", defaults={"name_en": "Italy", "name_fr": "Italie"})
    authority = Authority.objects.create(name="Reggio nell’Emilia", country=country)
    Participation.objects.create(
        authority=authority, accession_number=12, joined_on=datetime.date(2014, 1, 1)
    )
    for query in ["Reggio nell'Emilia", "reggio nell emilia"]:
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert f'href="/en/participants/{authority.slug}/"' in html, query


def test_french_roma_finds_the_pages_that_write_roms(client, publish_article):
    publish_article("Housing for Roma families in Megara", "Logement des familles roms à Mégare")
    publish_article("Unrelated meeting", "Réunion sans rapport")
    html = client.get("/fr/search/", {"q": "roma"}).content.decode()
    assert "Logement des familles roms à Mégare" in html
    assert "Réunion sans rapport" not in html


@pytest.mark.parametrize("query", ["antigypsyism", "anti-Gypsyism", "Anti Gypsyism"])
def test_anti_gypsyism_is_found_however_it_is_hyphenated(client, publish_article, query):
    publish_article("Mayors against anti-Gypsyism")
    publish_article("Mayors sign the text against antigypsyism")
    html = client.get("/en/search/", {"q": query}).content.decode()
    assert "Mayors against anti-Gypsyism" in html
    assert "Mayors sign the text against antigypsyism" in html


def test_the_french_form_of_antigypsyism_finds_the_french_pages(client, publish_article):
    publish_article("Against anti-Gypsyism", "Contre l’antitsiganisme")
    html = client.get("/fr/search/", {"q": "antigypsyism"}).content.decode()
    assert "Contre l’antitsiganisme" in html


def test_it_finds_good_practices_and_adopted_texts_in_any_word_form(client, news_indexes):
    from alliance.library.models import AdoptedText

    text = AdoptedText.objects.create(
        number="Resolution 999",
        title_en="Roma inclusion at local level",
        title_fr="L'inclusion des Roms au niveau local",
        text_type="resolution",
        adopted_on=datetime.date(2017, 3, 29),
        live=True,
    )
    html = client.get("/fr/search/", {"q": "roma"}).content.decode()
    assert f'href="{text.get_absolute_url()}"' in html
