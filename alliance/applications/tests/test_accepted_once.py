"""A public form is accepted once: Back and Send again gets a kind page, not a second record and email."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from alliance.applications import links, services
from alliance.applications.models import ContactMessage, CooperationProposal, JoinApplication, Status
from alliance.core.models import AcceptedForm, OutboundEmail

from .conftest import contact_data, cooperation_data, join_data, pdf_file
from .factories import make_application

pytestmark = pytest.mark.django_db


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_back_and_send_again_creates_one_application_and_one_email(client, countries):
    data = join_data(countries["ME"])
    assert client.post("/en/join/", {**data, "letter": pdf_file()}).status_code == 302
    again = client.post("/en/join/", {**data, "letter": pdf_file()})
    assert again.status_code == 200
    page = again.content.decode()
    assert "We already have your application" in page
    assert "nothing new was stored" in page
    assert JoinApplication.objects.count() == 1
    assert OutboundEmail.objects.count() == 1


def test_the_kind_page_speaks_french(client, countries):
    data = join_data(countries["ME"])
    client.post("/fr/join/", {**data, "letter": pdf_file()})
    page = client.post("/fr/join/", {**data, "letter": pdf_file()}).content.decode()
    assert "Nous avons déjà votre candidature" in page
    assert JoinApplication.objects.count() == 1


def test_a_proposal_and_a_message_are_accepted_once_too(client, countries):
    proposal = cooperation_data(countries["FR"])
    client.post("/en/cooperate/", proposal)
    assert "We already have your proposal" in client.post("/en/cooperate/", proposal).content.decode()
    message = contact_data()
    client.post("/en/contact/", message)
    assert "We already have your message" in client.post("/en/contact/", message).content.decode()
    assert CooperationProposal.objects.count() == 1
    assert ContactMessage.objects.count() == 1


def test_a_fresh_page_of_the_form_is_a_new_submission(client, countries):
    client.post("/en/join/", {**join_data(countries["ME"]), "letter": pdf_file()})
    fresh = join_data(countries["ME"], authority_name="Kotor", email="kotor@example.org")
    assert client.post("/en/join/", {**fresh, "letter": pdf_file()}).status_code == 302
    assert JoinApplication.objects.count() == 2


def test_a_form_sent_back_with_errors_can_be_corrected_and_sent(client, countries):
    data = join_data(countries["ME"], consent="")
    assert client.post("/en/join/", {**data, "letter": pdf_file()}).status_code == 400
    corrected = {**data, "consent": "on", "letter": pdf_file()}
    assert client.post("/en/join/", corrected).status_code == 302
    assert JoinApplication.objects.count() == 1


def test_the_same_words_from_the_same_sender_on_a_fresh_page_are_recognised(client, countries):
    # Back to a page that is never stored fetches it again: a fresh token, the same content.
    assert client.post("/en/contact/", contact_data()).status_code == 302
    again = client.post(
        "/en/contact/",
        contact_data(
            email=" MARC@example.org", message="Where can I find the list of participants  in GREECE?"
        ),
    )
    assert "We already have your message" in again.text
    assert ContactMessage.objects.count() == 1
    assert OutboundEmail.objects.count() == 2  # to the secretariat and the copy, once
    data = join_data(countries["ME"])
    client.post("/en/join/", {**data, "letter": pdf_file()})
    fresh_page = {**data, **join_data(countries["ME"]), "letter": pdf_file()}
    assert "We already have your application" in client.post("/en/join/", fresh_page).text
    assert JoinApplication.objects.count() == 1


def test_other_words_or_another_sender_are_a_new_submission(client):
    client.post("/en/contact/", contact_data())
    assert client.post("/en/contact/", contact_data(message="And in Romania?")).status_code == 302
    assert client.post("/en/contact/", contact_data(email="someone.else@example.org")).status_code == 302
    assert ContactMessage.objects.count() == 3


def test_the_same_words_after_the_window_are_a_new_submission(client, settings):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.post("/en/contact/", contact_data())
        clock.shift(datetime.timedelta(seconds=settings.FORM_REPEAT_WINDOW - 60))
        assert "We already have your message" in client.post("/en/contact/", contact_data()).text
        clock.shift(datetime.timedelta(seconds=120))
        assert client.post("/en/contact/", contact_data()).status_code == 302
    assert ContactMessage.objects.count() == 2


def test_the_content_is_kept_as_a_hash_never_as_words(client):
    client.post("/en/contact/", contact_data())
    for key in AcceptedForm.objects.values_list("key", flat=True):
        assert len(key) == 64 and "marc" not in key


def test_spent_tokens_are_forgotten_once_too_old_to_be_sent(client, countries, settings):
    client.post("/en/contact/", contact_data())
    AcceptedForm.objects.update(
        accepted_at=timezone.now() - datetime.timedelta(seconds=settings.FORM_MAX_AGE * 2)
    )
    call_command("forget_spent_form_tokens", verbosity=0)
    assert AcceptedForm.objects.count() == 0


# ---------------------------------------------------------------- links say what is true now


@pytest.mark.parametrize(
    ("status", "wording"),
    [
        (Status.PENDING, "the secretariat is reviewing it"),
        (Status.APPROVED, "Your application was approved"),
        (Status.REJECTED, "did not approve this application"),
        (Status.MORE_INFORMATION, "asked you for more information"),
    ],
)
def test_a_confirmation_link_says_where_the_application_is_now(client, countries, status, wording):
    application = make_application(countries["ME"], status=Status.UNCONFIRMED)
    url = path_of(links.confirm_url(application))
    JoinApplication.objects.filter(pk=application.pk).update(status=status)
    for response in (client.get(url), client.post(url)):
        assert wording in response.content.decode()
    assert JoinApplication.objects.get().status == status


def test_an_answered_question_link_says_the_answer_is_being_reviewed(client, countries, moderator):
    application = make_application(countries["ME"])
    services.ask_for_more(application, moderator, "Please send the decision.")
    application.refresh_from_db()
    url = path_of(links.supplement_url(application))
    services.add_supplement(JoinApplication, application.pk, application.information_round, "Here.", None)
    assert "the secretariat is reviewing it" in client.get(url).content.decode()
