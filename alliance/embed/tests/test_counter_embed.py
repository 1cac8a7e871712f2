"""The counter for partner sites: the guide, the page for an iframe, the SVG badge."""

import pytest
from defusedxml import ElementTree

from alliance.participants.counters import participant_count

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def test_the_guide_gives_snippets_to_copy_in_both_languages(client, registry):
    english = client.get("/en/embed/")
    assert english.status_code == 200
    text = english.content.decode()
    assert "&lt;iframe src=&quot;" in text or '&lt;iframe src="' in text
    assert "/en/embed/counter/" in text
    assert "/en/embed/counter.svg" in text
    assert "?declaration=1" in text
    french = client.get("/fr/embed/").content.decode()
    assert "/fr/embed/counter/" in french
    assert "Le compteur sur votre site" in french


def test_the_counter_page_shows_the_same_figures_as_the_site(client, registry):
    count = participant_count()
    text = client.get("/en/embed/counter/").content.decode()
    assert f"<strong>{count.participants}</strong> cities and regions" in text
    assert f"from <strong>{count.countries}</strong> countries" in text
    assert "Declaration" not in text
    french = client.get("/fr/embed/counter/").content.decode()
    assert f"<strong>{count.participants}</strong> villes et régions" in french


def test_the_counter_page_adds_the_declaration_on_request(client, registry):
    text = client.get("/en/embed/counter/?declaration=1").content.decode()
    assert "Declaration against anti-Gypsyism" in text
    assert "signatories" in text


def test_the_counter_page_has_no_site_chrome_and_its_own_stylesheet(client, registry):
    text = client.get("/en/embed/counter/").content.decode()
    assert "site-nav" not in text and "site-footer" not in text
    assert "embed/counter" in text and "site/css/site" not in text
    assert "<script" not in text


def test_any_site_may_frame_the_counter_page_and_no_other_page(client, registry):
    counter = client.get("/en/embed/counter/")
    assert not counter.has_header("X-Frame-Options")
    assert "frame-ancestors *" in counter["Content-Security-Policy"]
    for address in ("/en/embed/", "/en/"):
        other = client.get(address)
        assert other["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in other["Content-Security-Policy"]


def test_the_embedded_answers_set_no_cookie_and_may_be_cached(client, registry):
    for address in ("/en/embed/counter/", "/en/embed/counter.svg", "/fr/embed/counter/?declaration=1"):
        response = client.get(address)
        assert not response.cookies, address
        assert response["Cache-Control"].startswith("public, max-age=60, s-maxage=1"), address
        assert response.has_header("ETag"), address
        assert "Cookie" not in response.get("Vary", "")


def test_the_badge_is_an_svg_image_that_screen_readers_can_read(client, registry):
    count = participant_count()
    response = client.get("/en/embed/counter.svg")
    assert response["Content-Type"].startswith("image/svg+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    assert root.get("aria-labelledby") == title.get("id")
    assert title.text == (
        "European Alliance of Cities and Regions for Roma Inclusion: "
        f"{count.participants} cities and regions from {count.countries} countries"
    )
    assert int(root.get("width")) > 200


def test_the_badge_speaks_french_under_fr(client, registry):
    root = ElementTree.fromstring(client.get("/fr/embed/counter.svg").content)
    assert root.get("lang") == "fr"
    assert "villes et régions" in root.find(f"{SVG}title").text
    assert "pour l'inclusion des Roms\u00a0: " in root.find(f"{SVG}title").text


def test_the_badge_can_add_the_declaration(client, registry):
    root = ElementTree.fromstring(client.get("/en/embed/counter.svg?declaration=1").content)
    lines = [text.text for text in root.iter(f"{SVG}text")]
    assert len(lines) == 2
    assert "signatories" in lines[1]


def test_the_apis_counters_may_be_read_from_any_site(client, registry):
    for address in ("/api/v1/counters", "/api/v1/declaration/counters"):
        response = client.get(address, HTTP_ORIGIN="https://www.partner.example.org")
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "public" in response["Cache-Control"]
    preflight = client.options(
        "/api/v1/counters",
        HTTP_ORIGIN="https://www.partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight["Access-Control-Allow-Origin"] == "*"


def test_the_snippet_of_the_image_names_the_counter_not_todays_figures(client, registry):
    count = participant_count()
    for language in ("en", "fr"):
        text = client.get(f"/{language}/embed/").content.decode()
        snippet = text[text.index("&lt;img src=") : text.index("&lt;/a&gt;")]
        assert "alt=&quot;" in snippet or 'alt="' in snippet
        assert str(count.participants) not in snippet and str(count.countries) not in snippet
    # The preview on the guide itself is drawn today, so it may say today's figures.
    assert f'alt="European Alliance of Cities and Regions for Roma Inclusion: {count.participants}' in (
        client.get("/en/embed/").content.decode()
    )


def test_the_snippets_give_the_measured_frame_sizes(client, registry):
    from alliance.embed.views import FRAME_HEIGHT, FRAME_HEIGHT_WITH_DECLARATION, FRAME_WIDTH

    text = client.get("/en/embed/").content.decode()
    assert f'width="{FRAME_WIDTH}" height="{FRAME_HEIGHT}" style="border:0;max-width:100%"' in text
    assert f'width="{FRAME_WIDTH}" height="{FRAME_HEIGHT_WITH_DECLARATION}"' in text
    assert 'height="130"' not in text and 'height="160"' not in text


def test_the_guide_is_linked_from_the_footer_and_the_open_data_page_and_in_the_sitemap(client, registry):
    for language in ("en", "fr"):
        home = client.get(f"/{language}/").content.decode()
        footer = home[home.index('<footer class="site-footer">') :]
        assert f'href="/{language}/embed/"' in footer
        open_data = client.get(f"/{language}/open-data/").content.decode()
        assert f'href="/{language}/embed/"' in open_data
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/embed/</loc>" in sitemap
    assert "/fr/embed/" in sitemap
