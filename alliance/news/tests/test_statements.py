"""Statements are news given by a speaker; each speaker has a page listing their statements,
found by name in the site search."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from alliance.news.models import Kind, NewsArticlePage, Speaker

pytestmark = pytest.mark.usefixtures("index_at_once")


@pytest.fixture
def spokesperson(db):
    return Speaker.objects.create(
        name="John Warmisham",
        slug="john-warmisham",
        role_en="Congress Thematic Spokesperson on Roma and Travellers",
        role_fr="Porte-parole thématique du Congrès sur les Roms et les Gens du voyage",
    )


@pytest.fixture
def statement(publish_article, spokesperson):
    return publish_article(
        "Roma political participation starts in town halls",
        "La participation politique des Roms commence dans les mairies",
        date=datetime.date(2018, 5, 24),
        kind=Kind.STATEMENT,
        speaker=spokesperson,
    )


@pytest.mark.parametrize(
    "language, role",
    [
        ("en", "Congress Thematic Spokesperson on Roma and Travellers"),
        ("fr", "Porte-parole thématique du Congrès sur les Roms et les Gens du voyage"),
    ],
)
def test_the_speakers_page_lists_their_statements_in_its_language(client, statement, language, role):
    response = client.get(f"/{language}/news/speakers/john-warmisham/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>John Warmisham</h1>" in html
    assert role in html
    english, french = statement
    shown = english if language == "en" else french
    assert f'href="{shown.url}"' in html
    assert ("24 May 2018" if language == "en" else "24 mai 2018") in html


def test_the_speakers_page_leaves_out_other_news(client, statement, publish_article):
    publish_article("Val-de-Marne joins the Alliance")
    html = client.get("/en/news/speakers/john-warmisham/").content.decode()
    assert "Val-de-Marne joins the Alliance" not in html


def test_an_unknown_speaker_is_not_found(client, news_indexes):
    assert client.get("/en/news/speakers/nobody/").status_code == 404


def test_a_statement_names_its_speaker_and_links_to_their_page(client, statement):
    english, _ = statement
    html = client.get(english.url).content.decode()
    assert "Statement by John Warmisham" in html
    assert 'href="/en/news/speakers/john-warmisham/"' in html


def test_the_news_list_marks_statements(client, statement):
    html = client.get("/fr/news/").content.decode()
    assert "Prise de position · " in html and "Déclaration · " not in html


@pytest.mark.parametrize("query", ["Warmisham", "warmisham", "John Warmisham"])
def test_the_site_search_finds_the_speaker_and_their_statements_by_name(client, statement, query):
    html = client.get("/en/search/", {"q": query}).content.decode()
    assert 'href="/en/news/speakers/john-warmisham/"' in html
    assert "Roma political participation starts in town halls" in html


def test_a_statement_without_a_speaker_is_refused(news_indexes):
    index_en, _ = news_indexes
    article = NewsArticlePage(title="Unsigned", standfirst="About.", body="<p>Text.</p>", kind=Kind.STATEMENT)
    with pytest.raises(ValidationError) as error:
        index_en.add_child(instance=article)
        article.full_clean()
    assert "speaker" in error.value.message_dict


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_speakers_page_is_its_own_canonical_in_each_language(client, statement, language, settings):
    html = client.get(f"/{language}/news/speakers/john-warmisham/").content.decode()
    site = settings.SITE_URL.rstrip("/")
    assert f'<link rel="canonical" href="{site}/{language}/news/speakers/john-warmisham/">' in html
    for other in ("en", "fr"):
        assert f'hreflang="{other}" href="{site}/{other}/news/speakers/john-warmisham/"' in html
    assert '<meta property="og:title" content="John Warmisham">' in html


def test_statements_are_not_called_declarations_in_french(client, statement):
    english, french = statement
    html = client.get(french.url).content.decode()
    assert "Prise de position de John Warmisham" in html
    assert "Déclaration de John Warmisham" not in html
    speaker = client.get("/fr/news/speakers/john-warmisham/").content.decode()
    assert "Prises de position" in speaker and "Déclarations" not in speaker
