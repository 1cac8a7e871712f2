"""Back and Send again in a real browser: the form page is never stored, so Chromium fetches it
again with a fresh token; the submission is still recognised by what it says. One stored row, the
emails of one submission, and the kind "we already have it" page."""

import pytest

from alliance.applications.models import ContactMessage, CooperationProposal, JoinApplication
from alliance.authorities.countries import ensure_countries
from alliance.core.models import OutboundEmail

from .conftest import TINY_PDF

pytestmark = pytest.mark.e2e


@pytest.fixture
def forms_site(django_db_serialized_rollback, wagtail_root, live_site, settings):
    ensure_countries()
    settings.SITE_URL = live_site
    settings.FORM_MIN_SECONDS = 0  # The browser sends the form at once; the proof of work is tested in core.
    return live_site


def fill_contact(page):
    page.fill("#id_name", "Marc Example")
    page.fill("#id_email", "marc@example.org")
    page.fill("#id_subject", "A question about the map")
    page.fill("#id_message", "Where can I find the list of participants in Greece?")
    page.check("#id_consent")


def fill_cooperation(page):
    page.fill("#id_organisation", "Roma Education Example Fund")
    page.select_option("#id_country", label="France")
    page.fill("#id_areas_of_work", "Education and school mediation")
    page.fill("#id_proposal", "We propose joint training for school mediators in participating cities.")
    page.fill("#id_contact_name", "Lea Example")
    page.fill("#id_email", "lea@example.org")
    page.check("#id_consent")


def fill_join(page):
    page.fill("#id_authority_name", "Budva")
    page.select_option("#id_kind", "municipality")
    page.select_option("#id_country", label="Montenegro")
    page.fill("#id_population", "27000")
    page.fill("#id_applicant_name", "Mira Example")
    page.fill("#id_applicant_office", "Deputy Mayor")
    page.fill("#id_email", "budva@example.org")
    page.set_input_files(
        "#id_letter", files=[{"name": "decision.pdf", "mimeType": "application/pdf", "buffer": TINY_PDF}]
    )
    page.check("#id_obligations_accepted")
    page.check("#id_consent")


FORMS = {
    "contact": (fill_contact, "Send the message", ContactMessage, "We already have your message", 2),
    "cooperate": (
        fill_cooperation,
        "Send the proposal",
        CooperationProposal,
        "We already have your proposal",
        1,
    ),
    "join": (fill_join, "Send the application", JoinApplication, "We already have your application", 1),
}


def send(page, label):
    page.get_by_role("button", name=label).click()
    page.wait_for_load_state()


@pytest.mark.parametrize("form", list(FORMS))
def test_back_and_send_again_stores_one_submission_and_sends_its_emails_once(
    form, forms_site, page, screenshot
):
    fill, label, model, already, emails = FORMS[form]
    page.goto(f"{forms_site}/en/{form}/")
    fill(page)
    send(page, label)
    page.wait_for_url(f"{forms_site}/en/{form}/sent/")

    page.go_back()
    page.wait_for_load_state()
    assert page.url == f"{forms_site}/en/{form}/"
    if not page.input_value("#id_email"):
        fill(page)  # a browser that does not keep what was typed: the person types it again
    elif form == "join":
        fill_join(page)  # no browser keeps a chosen file; the person chooses it again
    send(page, label)

    assert already in page.content()
    screenshot(page, f"applications-{form}-sent-twice")
    assert model.objects.count() == 1
    assert OutboundEmail.objects.count() == emails
