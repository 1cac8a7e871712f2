"""Being found: /sitemap.xml with every public page in both languages, /robots.txt naming it,
canonical and language links, descriptions, Open Graph and schema.org data on the pages."""

import json
import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from alliance.events.models import Event
from alliance.opendata.tests.walk import walk

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
# Reached by the walk but not for search engines: search results, the focal points' own area and
# what only they may do (the walk lands on their sign-in page), the API's interactive documentation.
NOT_FOR_SEARCH_ENGINES = re.compile(r"^/((en|fr)/(search|focal-point|practices/propose)/|api/)")


@pytest.fixture
def demo_site(settings):
    settings.SITE_URL = "https://alliance.example.org"
    call_command("load_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)


def _sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    entries = {}
    for url in ET.fromstring(response.content).iter(f"{SITEMAP}url"):  # noqa: S314 - our own sitemap
        links = {link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")}
        entries[url.find(f"{SITEMAP}loc").text] = links
    return entries


def _head(client, address):
    html = client.get(address).content.decode()
    return unescape(html[: html.index("</head>")])


def test_robots_txt_names_the_sitemap(client, settings):
    settings.SITE_URL = "https://alliance.example.org"
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: https://alliance.example.org/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_the_sitemap_gives_each_page_its_languages_and_x_default(client, demo_site):
    entries = _sitemap(client)
    about = entries["https://alliance.example.org/fr/a-propos/"]
    assert about == {
        "en": "https://alliance.example.org/en/about/",
        "fr": "https://alliance.example.org/fr/a-propos/",
        "x-default": "https://alliance.example.org/en/about/",
    }
    assert entries["https://alliance.example.org/en/participants/"]["fr"] == (
        "https://alliance.example.org/fr/participants/"
    )
    for address in (
        "/en/participants/heraklion/",
        "/fr/programmes/romact/",
        "/en/declaration/signatories/",
        "/fr/privacy/".replace("privacy", "donnees-personnelles"),
        "/en/events/ukrainian-network-lviv-2019/",
    ):
        assert f"https://alliance.example.org{address}" in entries


def test_the_sitemap_lists_every_public_page_the_site_links_to(client, demo_site):
    locations = {urlsplit(location).path for location in _sitemap(client)}
    pages = walk(client)
    reached = {
        url
        for url, (status, kind, _text) in pages.items()
        if status == 200 and "html" in kind and "?" not in url and not NOT_FOR_SEARCH_ENGINES.match(url)
    }
    assert len(reached) > 100
    assert reached - locations == set()
    unreachable = [path for path in locations if client.get(path).status_code != 200]
    assert unreachable == []


def test_a_page_names_its_canonical_address_and_its_other_language(client, demo_site):
    head = _head(client, "/fr/a-propos/")
    assert '<link rel="canonical" href="https://alliance.example.org/fr/a-propos/">' in head
    assert '<link rel="alternate" hreflang="en" href="https://alliance.example.org/en/about/">' in head
    assert '<link rel="alternate" hreflang="x-default" href="https://alliance.example.org/en/about/">' in head
    head = _head(client, "/en/participants/?q=korce&page=2")
    assert '<link rel="canonical" href="https://alliance.example.org/en/participants/">' in head


@pytest.mark.parametrize(
    "address, title, description",
    [
        ("/en/about/", "About the Alliance", "What the Alliance is for"),
        ("/fr/donnees-personnelles/", "Protection des données", "Ce que recueillent les formulaires"),
        ("/en/participants/", "Participants", "The cities and regions that take part"),
        ("/fr/participants/heraklion/", "Heraklion", "Heraklion, Grèce"),
        ("/en/programmes/romact/", "ROMACT", "A joint programme"),
        (
            "/en/events/ukrainian-network-lviv-2019/",
            "Second meeting of the Ukrainian network",
            "The safety of Roma",
        ),
    ],
)
def test_each_page_describes_itself_for_search_engines_and_link_previews(
    client, demo_site, address, title, description
):
    head = _head(client, address)
    found = re.search(r'<meta name="description" content="([^"]*)">', head).group(1)
    assert found.startswith(description), found
    assert f'<meta property="og:title" content="{title}">' in head
    assert f'<meta property="og:description" content="{found}">' in head
    assert f'<meta property="og:url" content="https://alliance.example.org{address}">' in head
    assert (
        '<meta property="og:image" content="https://alliance.example.org/static/site/share-card.png">' in head
    )


def _json_ld(client, address):
    html = client.get(address).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_the_home_page_describes_the_organization(client, demo_site):
    (data,) = _json_ld(client, "/en/")
    assert data["@type"] == "Organization"
    assert data["name"] == "European Alliance of Cities and Regions for Roma Inclusion"
    assert data["url"] == "https://alliance.example.org/"
    assert "https://www.facebook.com/RomaAlliance" in data["sameAs"]


def test_a_news_article_and_an_event_carry_their_schema_org_data(client, demo_site):
    (article,) = _json_ld(client, "/en/news/ukrainian-network-founded/")
    assert article["@type"] == "NewsArticle" and article["datePublished"] == "2017-11-17"
    assert article["publisher"]["name"] == "European Alliance of Cities and Regions for Roma Inclusion"
    (event,) = _json_ld(client, "/fr/events/ukrainian-network-lviv-2019/")
    assert event["@type"] == "Event" and event["startDate"] == "2019-02-26"
    assert event["location"]["address"]["addressCountry"] == "UA" and event["inLanguage"] == "fr"


def test_no_value_can_close_the_json_ld_element(client, demo_site):
    event = Event.objects.get(slug="ukrainian-network-lviv-2019", locale__language_code="en")
    Event.objects.filter(pk=event.pk).update(title="</script><script>alert(1)</script>")
    html = client.get("/en/events/ukrainian-network-lviv-2019/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert" not in html.replace("&lt;script&gt;", "")
