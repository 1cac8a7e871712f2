"""The layout every page shares (navigation, footer, terminology note, language versions) and the
home page's news are read from the cache, and any change to the pages or the settings shows on the
very next request, even one made by a raw update that sends no signal."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from alliance.site.models import SecretariatContact, SitePages, SocialLinks, TerminologyNote

pytestmark = pytest.mark.django_db

LAYOUT_TABLES = (
    "site_sitepages",
    "site_secretariatcontact",
    "site_sociallinks",
    "site_terminologynote",
    "news_newsarticlepage",
)


def tables_read(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return {table for query in queries for table in LAYOUT_TABLES if f'"{table}"' in query["sql"]}


def test_a_page_read_again_asks_the_database_nothing_about_the_layout(client, publish_article):
    publish_article("Strasbourg hosts the Alliance's annual meeting")
    assert tables_read(client, "/en/")  # the first visitor fills the cache
    assert tables_read(client, "/en/") == set()
    assert tables_read(client, "/en/participants/") == set()


def test_the_home_page_read_again_costs_a_handful_of_queries(client, publish_article):
    publish_article("Strasbourg hosts the Alliance's annual meeting")
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/")
    # Wagtail's routing (site, locale, page, view restrictions), the generations, then what the
    # home page shows of the programmes and events; the layout and the news come from the cache.
    assert len(queries) <= 10, [query["sql"][:80] for query in queries]


def test_a_raw_change_to_the_contact_and_social_links_shows_on_the_next_page(client, site_shell):
    client.get("/en/")
    SecretariatContact.objects.update(email="secretariat@romaalliance.example.org")
    SocialLinks.objects.update(x="https://x.com/AllianceRoma")
    footer = client.get("/en/").content.decode().split("<footer", 1)[1]
    assert "secretariat@romaalliance.example.org" in footer
    assert "https://x.com/AllianceRoma" in footer


def test_a_raw_change_to_the_terminology_note_shows_on_the_next_page(client, site_shell):
    assert "Please note" in client.get("/en/").content.decode()
    TerminologyNote.objects.filter(locale__language_code="en").update(heading="A word on words")
    html = client.get("/en/").content.decode()
    assert "A word on words" in html and "Please note" not in html
    assert "À noter" in client.get("/fr/").content.decode()  # the French note is untouched


def test_a_page_taken_out_of_the_footer_leaves_it_at_once(client, site_shell):
    about = SitePages.load().about
    assert about.url in client.get("/en/").content.decode()
    SitePages.objects.update(about=None)
    assert f'href="{about.url}"' not in client.get("/en/").content.decode()


def test_a_renamed_address_is_linked_at_once(client, site_shell):
    about = SitePages.load().about
    client.get("/en/")
    new_path = about.url_path.replace(f"/{about.slug}/", "/who-we-are/")
    Page.objects.filter(pk=about.pk).update(slug="who-we-are", url_path=new_path)
    html = client.get("/en/").content.decode()
    assert 'href="/en/who-we-are/"' in html
    assert f'href="{about.url}"' not in html


def test_a_new_article_reaches_the_home_page_and_an_unpublished_one_leaves_it(client, publish_article):
    publish_article("Strasbourg hosts the Alliance's annual meeting", date=datetime.date(2017, 3, 29))
    assert "annual meeting" in client.get("/en/").content.decode()
    article, _french = publish_article("Tivat adopts its Local Action Plan", date=datetime.date(2018, 5, 2))
    assert "Tivat adopts its Local Action Plan" in client.get("/en/").content.decode()
    article.unpublish()
    assert "Tivat adopts its Local Action Plan" not in client.get("/en/").content.decode()


def test_a_new_translation_appears_in_the_language_switch_at_once(client, site_shell):
    about = SitePages.load().about
    french = about.get_translation(locale=about.get_translations().first().locale)
    client.get(about.url)
    Page.objects.filter(pk=french.pk).update(live=False)
    html = client.get(about.url).content.decode()
    assert f'hreflang="fr" href="http://testserver{french.url}"' not in html
    assert f'href="{french.url}"' not in html
