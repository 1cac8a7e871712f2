"""The NGO cooperation form and the contact form."""

import pytest

from alliance.applications.models import ContactMessage, CooperationProposal, Status
from alliance.core.models import OutboundEmail

from .conftest import contact_data, cooperation_data

pytestmark = pytest.mark.django_db


def test_a_proposal_is_stored_and_must_be_confirmed(client, countries):
    response = client.post("/fr/cooperate/", cooperation_data(countries["FR"]))
    assert response.status_code == 302 and response["Location"] == "/fr/cooperate/sent/"
    proposal = CooperationProposal.objects.get()
    assert proposal.status == Status.UNCONFIRMED and proposal.language == "fr"
    email = OutboundEmail.objects.get()
    assert "/fr/cooperate/confirm/" in email.body_text and "Merci" in email.body_text


def test_a_proposal_keeps_what_was_typed(client, countries):
    response = client.post(
        "/en/cooperate/", cooperation_data(countries["FR"], proposal="", organisation="Amaro Example")
    )
    assert response.status_code == 400
    assert 'value="Amaro Example"' in response.content.decode()
    assert "proposal" in response.context["form"].errors
    assert CooperationProposal.objects.count() == 0


def test_a_contact_message_goes_to_the_secretariat_with_a_receipt_to_the_sender(client, settings, db):
    response = client.post("/en/contact/", contact_data())
    assert response.status_code == 302 and response["Location"] == "/en/contact/sent/"
    message = ContactMessage.objects.get()
    to_secretariat = OutboundEmail.objects.get(to=settings.SECRETARIAT_EMAIL)
    assert to_secretariat.reply_to == "marc@example.org"
    assert "Where can I find" in to_secretariat.body_text
    receipt = OutboundEmail.objects.get(to="marc@example.org")
    assert "has arrived" in receipt.subject and "has arrived" in receipt.body_text and receipt.body_html
    assert message.language == "en"


def test_the_address_typed_in_the_form_never_receives_text_written_by_the_sender(client, db):
    # Anyone may type anyone's address: the receipt holds only the secretariat's own words.
    data = contact_data(name="Win a prize at evil.example", email="victim@example.org")
    data["subject"] = "Your account is locked: https://evil.example/login"
    data["message"] = "Click https://evil.example/login to unlock your account."
    client.post("/fr/contact/", data)
    receipt = OutboundEmail.objects.get(to="victim@example.org")
    for part in (receipt.subject, receipt.body_text, receipt.body_html):
        assert "evil.example" not in part
        assert "prize" not in part and "unlock" not in part


def test_the_contact_form_needs_consent(client, db):
    data = contact_data()
    del data["consent"]
    response = client.post("/en/contact/", data)
    assert "consent" in response.context["form"].errors
    assert ContactMessage.objects.count() == 0


def test_the_contact_form_is_rate_limited_per_address(client, settings, db):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact": {"ip": "2/hour"}}
    for number in range(2):
        # Two different messages: the same one sent again would be recognised as a repeat.
        assert client.post("/en/contact/", contact_data(subject=f"Question {number}")).status_code == 302
    response = client.post("/en/contact/", contact_data(subject="Third one"))
    assert response.status_code == 429
    assert 'value="Third one"' in response.content.decode()
    assert ContactMessage.objects.count() == 2


def test_a_form_sent_too_fast_without_proof_of_work_is_refused(client, db, settings):
    from alliance.core.protection import protection_data

    # A minute's minimum, so that a slow, busy machine still sends this form "too fast".
    settings.FORM_MIN_SECONDS = 60
    response = client.post("/en/contact/", contact_data(**protection_data(age=0)))
    assert response.status_code == 400
    assert ContactMessage.objects.count() == 0


def test_no_public_page_of_this_app_shows_personal_data(client, countries, moderator):
    from alliance.applications import links, services

    from .factories import make_application, make_message, make_proposal

    unconfirmed = make_application(countries["ME"], status=Status.UNCONFIRMED, phone="+382 99 123 456")
    asked = make_application(countries["ME"], authority_name="Bar", email="bar@example.org")
    services.ask_for_more(asked, moderator, "Please send the decision.")
    asked.refresh_from_db()
    make_proposal(countries["FR"], phone="+33 9 99 99 99 99")
    make_message()
    pages = [
        "/en/join/",
        "/fr/join/",
        "/en/join/sent/",
        "/en/cooperate/",
        "/en/cooperate/sent/",
        "/en/contact/",
        "/en/contact/sent/",
        links.confirm_url(unconfirmed).split("://", 1)[1].split("/", 1)[1],
        links.supplement_url(asked).split("://", 1)[1].split("/", 1)[1],
    ]
    for path in pages:
        path = path if path.startswith("/") else f"/{path}"
        content = client.get(path).content.decode()
        for private in (
            "@example.org",
            "+382 99",
            "+33 9 99",
            "Ana Example",
            "Lea Example",
            "letter-",
            "letters/",
        ):
            assert private not in content, (path, private)
