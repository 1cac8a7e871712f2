from alliance.practices.models import Status, Theme

from .conftest import make_practice


def test_filters_by_theme_country_and_authority(client, heraklion, strasbourg):
    make_practice(heraklion, theme=Theme.EDUCATION, title_en="Greek schools")
    make_practice(strasbourg, theme=Theme.HOUSING, title_en="Strasbourg housing")
    make_practice(None, theme=Theme.HOUSING, title_en="General housing note")

    def titles(query):
        text = client.get(f"/en/practices/?{query}").text
        return {t for t in ("Greek schools", "Strasbourg housing", "General housing note") if t in text}

    assert titles("") == {"Greek schools", "Strasbourg housing", "General housing note"}
    assert titles("theme=housing") == {"Strasbourg housing", "General housing note"}
    assert titles("country=GR") == {"Greek schools"}
    assert titles("authority=strasbourg") == {"Strasbourg housing"}
    assert titles("theme=education&country=FR") == set()


def test_search_ignores_accents_and_case(client, heraklion):
    make_practice(heraklion, title_en="Roma mediators", summary_fr="Médiation à l'école élémentaire")
    make_practice(
        heraklion, title_en="Health visits", title_fr="Visites de santé", summary_en="x", summary_fr="y"
    )
    for query in ("MEDIATION", "élémentaire", "elementaire", "ηρακλειο", "heraklion mediators"):
        text = client.get("/en/practices/", {"q": query}).text
        assert "Roma mediators" in text, query
        if query != "ηρακλειο":
            assert "Health visits" not in text, query


def test_unknown_filter_values_never_fail(client, published):
    for query in (
        "theme=nonsense",
        "country=ZZ",
        "authority=<script>",
        "page=999",
        "page=x",
        "q=" + "a" * 500,
    ):
        response = client.get(f"/en/practices/?{query}")
        assert response.status_code == 200, query


def test_search_and_filters_never_show_unpublished_practices(client, heraklion):
    make_practice(heraklion, Status.SUBMITTED, title_en="Secret submitted")
    assert "Secret submitted" not in client.get("/en/practices/", {"q": "secret"}).text
    response = client.get("/en/practices/", {"authority": "heraklion"})
    assert "Secret submitted" not in response.text


def test_french_pages_show_the_french_wording(client, published):
    response = client.get(f"/fr/practices/{published.pk}/")
    assert "Des médiateurs dans les écoles primaires" in response.text
    assert "Éducation" in response.text


def test_a_missing_translation_shows_the_other_language_marked(client, heraklion):
    practice = make_practice(heraklion, title_fr="", summary_fr="", title_en="English only")
    response = client.get(f"/fr/practices/{practice.pk}/")
    assert '<h1 lang="en">English only</h1>' in response.text


def test_links_and_period_are_shown(client, heraklion):
    practice = make_practice(
        heraklion,
        links="Programme page | https://example.org/programme\nhttps://example.org/report",
        period_start=2013,
        period_end=2015,
    )
    text = client.get(f"/en/practices/{practice.pk}/").text
    assert '<a href="https://example.org/programme" rel="noopener">Programme page</a>' in text
    assert "2013–2015" in text


def test_the_participant_profile_lists_its_published_practices(heraklion):
    from django.test import RequestFactory

    from alliance.participants import profile_sections

    make_practice(heraklion, Status.SUBMITTED, title_en="Not yet")
    published = make_practice(heraklion, title_en="Shown on the profile")
    sections = profile_sections.sections_for(heraklion, RequestFactory().get("/"))
    ours = [s for s in sections if s["template"] == "practices/profile_section.html"]
    assert len(ours) == 1
    assert ours[0]["context"]["practices"] == [published]


def test_an_authority_without_practices_gets_no_profile_section(strasbourg):
    from django.test import RequestFactory

    from alliance.participants import profile_sections

    sections = profile_sections.sections_for(strasbourg, RequestFactory().get("/"))
    assert not [s for s in sections if s["template"] == "practices/profile_section.html"]


def test_the_profile_page_shows_the_section(client, heraklion):
    make_practice(heraklion, Status.SUBMITTED, title_en="Not yet")
    published = make_practice(heraklion, title_en="Shown on the profile")
    response = client.get(f"/en/participants/{heraklion.slug}/")
    assert response.status_code == 200
    assert f'href="/en/practices/{published.pk}/"' in response.text
    assert "Not yet" not in response.text
    assert 'href="/en/practices/?authority=heraklion"' in response.text
