"""The whole join journey in a real browser, in English and in French, with axe-core on every public page:
fill the form, upload a small PDF, confirm through the emailed link, approve in the back office,
see the counter go up and the draft news item prepared."""

import re

import pytest
from wagtail.models import Locale, ModelLogEntry

from alliance.applications.models import JoinApplication, Status
from alliance.authorities.countries import ensure_countries
from alliance.core.models import OutboundEmail
from alliance.news.models import NewsIndexPage
from alliance.participants.counters import participant_count
from alliance.site.models import HomePage

from .conftest import TINY_PDF

pytestmark = pytest.mark.e2e

TEXTS = {
    "en": {"send": "Send the application", "confirm": "Confirm", "country": "Montenegro"},
    "fr": {"send": "Envoyer la candidature", "confirm": "Confirmer", "country": "Monténégro"},
}


@pytest.fixture
def journey_site(django_db_serialized_rollback, wagtail_root, live_site, settings):
    ensure_countries()
    settings.SITE_URL = live_site
    settings.FORM_MIN_SECONDS = 0  # The browser sends the form at once; the proof of work is tested in core.
    index = HomePage.objects.get(locale__language_code="en").add_child(
        instance=NewsIndexPage(title="News", slug="news")
    )
    index.copy_for_translation(Locale.objects.get(language_code="fr"))
    return live_site


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_authority_joins_from_the_form_to_the_counter(
    language, journey_site, page, axe_check, moderator, screenshot
):
    site, words = journey_site, TEXTS[language]
    before = participant_count().participants

    page.goto(f"{site}/{language}/join/")
    axe_check(page, f"join form ({language})")
    # First a mistake: no consent. The page says so and keeps what was typed.
    page.fill("#id_authority_name", "Budva")
    page.select_option("#id_kind", "municipality")
    page.select_option("#id_country", label=words["country"])
    page.fill("#id_population", "27000")
    page.fill("#id_applicant_name", "Mira Example")
    page.fill("#id_applicant_office", "Deputy Mayor")
    page.fill("#id_email", "budva@example.org")
    page.set_input_files(
        "#id_letter", files=[{"name": "decision.pdf", "mimeType": "application/pdf", "buffer": TINY_PDF}]
    )
    page.check("#id_obligations_accepted")
    page.get_by_role("button", name=words["send"]).click()
    page.wait_for_load_state()
    assert page.input_value("#id_authority_name") == "Budva"
    assert page.locator("#error-summary").is_visible()
    axe_check(page, f"join form with errors ({language})")
    screenshot(page, f"applications-join-errors-{language}")

    page.set_input_files(
        "#id_letter", files=[{"name": "decision.pdf", "mimeType": "application/pdf", "buffer": TINY_PDF}]
    )
    page.check("#id_consent")
    page.get_by_role("button", name=words["send"]).click()
    page.wait_for_url(f"{site}/{language}/join/sent/")
    axe_check(page, f"check your email ({language})")

    email = OutboundEmail.objects.get(to="budva@example.org", template="applications/emails/confirm")
    assert email.language == language
    link = re.search(r"https?://\S+/confirm/\S+/", email.body_text).group(0)
    page.goto(link)
    axe_check(page, f"confirmation page ({language})")
    page.get_by_role("button", name=words["confirm"]).click()
    page.wait_for_load_state()
    axe_check(page, f"confirmed ({language})")
    application = JoinApplication.objects.get(email="budva@example.org")
    assert application.status == Status.PENDING

    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "moderator")
    page.fill("#id_password", "correct horse battery staple")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{site}/admin/")
    page.goto(f"{site}/admin/applications/join/inspect/{application.pk}/")
    screenshot(page, f"applications-review-{language}")
    with page.expect_download() as download:
        page.locator(f"a[href='/admin/applications/join/letter/{application.pk}/']").click()
    assert download.value.suggested_filename.endswith(".pdf")
    page.locator("form[action$='/approve/'] button[type=submit]").click()
    page.wait_for_load_state()

    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert participant_count().participants == before + 1
    assert OutboundEmail.objects.filter(
        to="budva@example.org", template="applications/emails/approved"
    ).exists()
    assert ModelLogEntry.objects.for_instance(application).filter(action="applications.news_draft").exists()


def test_the_other_public_pages_pass_axe(journey_site, page, axe_check):
    for language in ("en", "fr"):
        for path in ("cooperate/", "contact/", "join/confirm/not-a-token/"):
            page.goto(f"{journey_site}/{language}/{path}")
            axe_check(page, f"/{language}/{path}")
    # A contact message with a mistake comes back with the error summary, still accessible.
    page.goto(f"{journey_site}/en/contact/")
    page.fill("#id_name", "Marc Example")
    page.fill("#id_email", "not an address")
    page.get_by_role("button", name="Send the message").click()
    page.wait_for_load_state()
    assert page.input_value("#id_name") == "Marc Example"
    axe_check(page, "contact form with errors")
