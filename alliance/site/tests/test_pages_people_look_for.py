"""About, privacy notice, legal notice and accessibility statement: Wagtail pages in both
languages, linked from every footer, the privacy notice stating the retention the site applies."""

import re
from html import unescape

import pytest
from wagtail.models import Locale

from alliance.declaration.models import DeclarationSettings
from alliance.site.models import PrivacyNoticePage, SitePages, StandardPage

pytestmark = pytest.mark.django_db


def _footer(html):
    return unescape(html[html.index('<footer class="site-footer">') :])


def test_every_footer_links_the_pages_people_look_for_in_its_language(client, site_shell):
    footer = _footer(client.get("/en/participants/").content.decode())
    for href, label in [
        ("/en/about/", "About the Alliance"),
        ("/en/privacy/", "Privacy notice"),
        ("/en/legal-notice/", "Legal notice"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/en/contact/", "Contact the secretariat"),
        ("/en/focal-point/login/", "Focal-point sign-in"),
    ]:
        assert f'<a href="{href}">{label}</a>' in footer
    footer = _footer(client.get("/fr/participants/").content.decode())
    for href, label in [
        ("/fr/a-propos/", "À propos de l'Alliance"),
        ("/fr/donnees-personnelles/", "Protection des données"),
        ("/fr/mentions-legales/", "Mentions légales"),
        ("/fr/accessibilite/", "Déclaration d'accessibilité"),
        ("/fr/focal-point/login/", "Connexion des points focaux"),
    ]:
        assert f'<a href="{href}">{label}</a>' in footer


@pytest.mark.parametrize(
    "address, heading",
    [
        ("/en/privacy/", "Privacy notice"),
        ("/fr/donnees-personnelles/", "Protection des données"),
        ("/en/legal-notice/", "Legal notice"),
        ("/fr/mentions-legales/", "Mentions légales"),
        ("/en/accessibility/", "Accessibility statement"),
        ("/fr/accessibilite/", "Déclaration d'accessibilité"),
        ("/en/about/", "About the Alliance"),
        ("/fr/a-propos/", "À propos de l'Alliance"),
    ],
)
def test_each_page_exists_in_both_languages(client, site_shell, address, heading):
    response = client.get(address)
    assert response.status_code == 200
    assert f"<h1>{heading}</h1>" in unescape(response.content.decode())


def test_the_privacy_notice_states_the_ip_retention_the_site_applies(client, site_shell):
    html = client.get("/en/privacy/").content.decode()
    assert "erased 90 days after the signature is verified" in html
    DeclarationSettings.objects.update_or_create(defaults={"ip_retention_days": 30})
    html = client.get("/en/privacy/").content.decode()
    assert "erased 30 days after the signature is verified" in html
    html = unescape(client.get("/fr/donnees-personnelles/").content.decode())
    assert "effacée 30 jours après la vérification de la signature" in html


def test_the_privacy_notice_names_what_each_form_collects_and_the_rights(client, site_shell):
    html = unescape(client.get("/en/privacy/").content.decode())
    for words in (
        "Applying to join",
        "Signing the Declaration",
        "Proposing cooperation",
        "Writing to the secretariat",
    ):
        assert words in html
    assert "See your data" in html and "Delete your data" in html and "Withdraw a signature" in html


def test_the_accessibility_statement_gives_the_wcag_status_and_how_to_report_a_barrier(client, site_shell):
    html = unescape(client.get("/en/accessibility/").content.decode())
    assert "WCAG 2.2 level AA" in html and "Report a barrier" in html


def test_an_editor_chooses_which_page_the_footer_links(client, site_shell):
    english = Locale.objects.get(language_code="en")
    other = StandardPage.objects.get(locale=english, slug="about")
    SitePages.objects.update(legal_notice=other)
    footer = _footer(client.get("/en/").content.decode())
    assert '<a href="/en/about/">Legal notice</a>' in footer
    assert "/en/legal-notice/" not in footer


def test_a_page_without_a_live_translation_is_left_out_of_that_language(client, site_shell):
    french = Locale.objects.get(language_code="fr")
    PrivacyNoticePage.objects.get(locale=french).unpublish()
    assert "/fr/donnees-personnelles/" not in client.get("/fr/").content.decode()
    assert '<a href="/en/privacy/">' in client.get("/en/").content.decode()


def test_the_pages_are_edited_in_the_back_office(client, administrator, site_shell):
    client.force_login(administrator)
    for page in PrivacyNoticePage.objects.all():
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert re.search(r'name="body"', response.content.decode())
    assert client.get("/admin/settings/site/sitepages/").status_code in (200, 302)
