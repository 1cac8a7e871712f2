import pytest
from django.utils import timezone

from alliance.authorities.models import Authority, Country
from alliance.news.models import NewsArticlePage
from alliance.news.services import NoNewsIndex, prepare_draft_news


@pytest.fixture
def reggio(db):
    country, _ = Country.objects.get_or_create(code="IT", defaults={"name_en": "Italy", "name_fr": "Italie"})
    return Authority.objects.create(name="Metropolitan City of Reggio Calabria", country=country)


def test_it_prepares_unpublished_drafts_in_both_languages(client, news_indexes, reggio):
    page_en, page_fr = prepare_draft_news(
        "Reggio Calabria becomes the 130th participant",
        "Reggio de Calabre devient le 130e participant",
        "The Metropolitan City joined.\n\nIt is the 130th.",
        "La Ville métropolitaine a adhéré.\n\nC'est la 130e.",
        authority=reggio,
    )
    assert not page_en.live and not page_fr.live
    assert page_fr.translation_key == page_en.translation_key
    assert page_fr.locale.language_code == "fr"
    assert page_en.standfirst == "The Metropolitan City joined."
    assert page_fr.body == "<p>La Ville métropolitaine a adhéré.</p><p>C&#x27;est la 130e.</p>"
    assert list(page_en.authorities.all()) == [reggio]
    assert page_en.date == timezone.localdate()
    assert (
        client.get(page_en.url or "/en/news/reggio-calabria-becomes-the-130th-participant/").status_code
        == 404
    )
    assert "Reggio" not in client.get("/en/news/").content.decode()


def test_same_title_twice_gets_a_free_slug(news_indexes):
    first, _ = prepare_draft_news("Tivat joins", "Tivat adhère", "Text.", "Texte.")
    second, _ = prepare_draft_news("Tivat joins", "Tivat adhère", "Text.", "Texte.")
    assert first.slug != second.slug
    assert NewsArticlePage.objects.count() == 4


def test_it_refuses_without_a_news_index(site_shell):
    with pytest.raises(NoNewsIndex):
        prepare_draft_news("A", "B", "C", "D")
    assert NewsArticlePage.objects.count() == 0
