import datetime

import pytest

from alliance.library.models import AdoptedText, TextType, TextVersion

D = datetime.date


@pytest.fixture
def texts(db):
    declaration = AdoptedText.objects.create(
        text_type=TextType.DECLARATION,
        adopted_on=D(2017, 3, 29),
        title_en="Declaration against anti-Gypsyism",
        title_fr="Déclaration contre l'antitsiganisme",
    )
    guidelines = AdoptedText.objects.create(
        text_type=TextType.GUIDELINES,
        adopted_on=D(2014, 9, 8),
        title_en="Strategic guidelines of the Alliance",
        title_fr="Lignes directrices stratégiques de l'Alliance",
    )
    resolution = AdoptedText.objects.create(
        text_type=TextType.RESOLUTION,
        number="999 (2014)",
        adopted_on=D(2014, 3, 26),
        title_en="A numbered resolution",
        title_fr="Une résolution numérotée",
    )
    hidden = AdoptedText.objects.create(
        text_type=TextType.RESOLUTION,
        adopted_on=D(2014, 3, 27),
        title_en="A text not shown",
        title_fr="Un texte caché",
        live=False,
    )
    return declaration, guidelines, resolution, hidden


def shown(client, query=""):
    text = client.get(f"/en/texts/?{query}").text
    titles = (
        "Declaration against anti-Gypsyism",
        "Strategic guidelines",
        "A numbered resolution",
        "A text not shown",
    )
    return {title for title in titles if title in text}


def test_the_list_shows_the_live_texts(client, texts):
    assert shown(client) == {
        "Declaration against anti-Gypsyism",
        "Strategic guidelines",
        "A numbered resolution",
    }


def test_filters_by_type_and_year(client, texts):
    assert shown(client, "text_type=resolution") == {"A numbered resolution"}
    assert shown(client, "year=2014") == {"Strategic guidelines", "A numbered resolution"}
    assert shown(client, "year=2017&text_type=declaration") == {"Declaration against anti-Gypsyism"}
    assert shown(client, "year=2017&text_type=resolution") == set()


def test_unknown_filter_values_never_fail(client, texts):
    for query in ("year=abc", "year=1800", "text_type=<b>", "page=zz", "page=99"):
        assert client.get(f"/en/texts/?{query}").status_code == 200, query


def test_a_text_without_a_number_says_so(client, texts):
    declaration = texts[0]
    response = client.get(f"/en/texts/{declaration.pk}/")
    assert response.status_code == 200
    assert "not given" in response.text
    assert "29 March 2017" in response.text
    response = client.get(f"/en/texts/{texts[2].pk}/")
    assert "999 (2014)" in response.text


def test_a_hidden_text_is_not_found(client, texts):
    assert client.get(f"/en/texts/{texts[3].pk}/").status_code == 404


def test_the_french_page_shows_the_french_title(client, texts):
    response = client.get(f"/fr/texts/{texts[0].pk}/")
    assert "Déclaration contre l&#x27;antitsiganisme" in response.text


def test_language_versions_link_to_their_pdf(client, texts):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Declaration (French)", file=ContentFile(b"%PDF-1.4\n", name="declaration-fr.pdf")
    )
    TextVersion.objects.create(text=texts[0], language="fr", document=document)
    response = client.get(f"/en/texts/{texts[0].pk}/")
    assert f'href="{document.url}" hreflang="fr"' in response.text
    assert "French (PDF)" in response.text


def test_search_ignores_accents_and_case(client, texts):
    assert shown(client, "q=ANTITSIGANISME") == {"Declaration against anti-Gypsyism"}
    assert shown(client, "q=d%C3%A9claration") == {"Declaration against anti-Gypsyism"}
    assert shown(client, "q=999") == {"A numbered resolution"}
    assert shown(client, "q=hidden+nothing") == set()
