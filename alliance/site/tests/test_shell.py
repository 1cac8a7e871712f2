"""The shell every public page shares: name, auspices, navigation, languages, counter, footer."""

import datetime
import re
from html import unescape

import pytest

from alliance.authorities.models import Authority, Country
from alliance.participants.models import Participation

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_participants(site_shell):
    france = Country.objects.create(code="FR", name_en="France", name_fr="France")
    greece = Country.objects.create(code="GR", name_en="Greece", name_fr="Grèce")
    for number, (name, country) in enumerate([("Strasbourg", france), ("Heraklion", greece)], start=1):
        authority = Authority.objects.create(name=name, country=country)
        Participation.objects.create(
            authority=authority, accession_number=number, joined_on=datetime.date(2013, 3, 20)
        )


def test_it_redirects_the_bare_address_to_a_language(client, site_shell):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_it_serves_the_home_page_in_english(client, site_shell):
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert "European Alliance of Cities and Regions for Roma Inclusion" in html
    assert (
        "Under the auspices of the Congress of Local and Regional Authorities of the Council of Europe"
        in html
    )
    assert 'href="#main"' in html and 'id="main"' in html


def test_it_serves_the_home_page_in_french(client, site_shell):
    html = unescape(client.get("/fr/").content.decode())
    assert '<html lang="fr">' in html
    assert "Alliance européenne des villes et des régions pour l'inclusion des Roms" in html
    assert "Sous l'égide du Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe" in html
    assert "Aller au contenu principal" in html


def test_the_counter_comes_from_the_registry(client, two_participants):
    html = client.get("/en/").content.decode()
    assert "<strong>2</strong> cities and regions" in html
    assert "from <strong>2</strong> countries" in html
    # A raw update sends no signal: the database trigger still moves the counter's generation.
    Participation.objects.filter(accession_number=2).update(left_on=datetime.date(2014, 1, 1))
    html = client.get("/fr/").content.decode()
    assert "<strong>1</strong> ville ou région" in html
    assert "de <strong>1</strong> pays" in html


def test_the_language_switcher_keeps_the_current_page(client, site_shell):
    html = client.get("/en/about/").content.decode()
    assert re.search(r'<a href="/fr/a-propos/" lang="fr" hreflang="fr"', html)
    html = client.get("/fr/a-propos/").content.decode()
    assert re.search(r'<a href="/en/about/" lang="en" hreflang="en"', html)


def test_the_language_switcher_keeps_the_query_on_other_pages(client, site_shell):
    html = client.get("/en/participants/?q=korce").content.decode()
    assert 'href="/fr/participants/?q=korce"' in html


def test_the_navigation_links_to_the_sections(client, site_shell):
    html = client.get("/en/").content.decode()
    nav = html[html.index('aria-label="Main"') : html.index("</nav>", html.index('aria-label="Main"'))]
    assert 'href="/en/participants/"' in nav


def test_the_terminology_note_follows_the_language(client, site_shell):
    assert "Please note" in client.get("/en/").content.decode()
    assert "À noter" in client.get("/fr/").content.decode()


def test_the_footer_gives_the_secretariat_and_social_links(client, site_shell):
    html = client.get("/en/").content.decode()
    footer = html[html.index("<footer") :]
    assert "Strasbourg" in footer
    assert "https://www.facebook.com/RomaAlliance" in footer
    assert "https://x.com/RomaAlliance" in footer


def test_the_home_page_shows_no_empty_sections(client, site_shell):
    html = client.get("/en/").content.decode()
    assert "Latest news" not in html and "Upcoming events" not in html
    assert 'id="cta-heading"' in html


def test_pages_load_nothing_from_another_site(client, site_shell, settings):
    html = client.get("/en/").content.decode()
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        if url.startswith(settings.SITE_URL + "/"):
            continue  # the site's own public address (canonical and language links)
        if url.startswith(("http://", "https://", "//")):
            assert ('rel="noopener"' in html) and url.startswith("https://"), url
    # Canonical and language links name addresses; they load nothing.
    loading = re.sub(r'<link rel="(?:canonical|alternate)"[^>]*>', "", html)
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//', loading)


def test_pages_carry_a_strict_content_security_policy(client, site_shell):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
