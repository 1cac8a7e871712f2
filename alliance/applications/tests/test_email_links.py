"""Links from emails: a GET shows a button, a POST confirms; old, used or broken links get a clear page."""

import datetime

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from alliance.applications import links, services
from alliance.applications.models import JoinApplication, Status
from alliance.core.models import OutboundEmail
from alliance.core.protection import protection_data

from .conftest import TINY_PDF
from .factories import make_application, make_proposal

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def path_of(url):
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_a_get_only_shows_the_confirmation_button(client, countries):
    application = make_application(countries["ME"], status=Status.UNCONFIRMED)
    url = path_of(links.confirm_url(application))
    response = client.get(url)
    assert response.status_code == 200
    assert b'method="post"' in response.content
    application.refresh_from_db()
    assert application.status == Status.UNCONFIRMED


def test_a_post_confirms_and_tells_the_secretariat(client, countries, settings):
    application = make_application(countries["ME"], status=Status.UNCONFIRMED)
    response = client.post(path_of(links.confirm_url(application)))
    assert response.status_code == 302 and response["Location"] == "/en/join/confirmed/"
    assert "confirmed" in client.get("/en/join/confirmed/").content.decode()
    application.refresh_from_db()
    assert application.status == Status.PENDING
    assert application.confirmed_at is not None
    email = OutboundEmail.objects.get(template="applications/emails/review-needed")
    assert email.to == settings.SECRETARIAT_EMAIL
    assert f"/admin/applications/join/inspect/{application.pk}/" in email.body_text


def test_a_used_link_gets_a_clear_page(client, countries):
    application = make_application(countries["ME"], status=Status.UNCONFIRMED)
    url = path_of(links.confirm_url(application))
    client.post(url)
    for again in (client.get(url), client.post(url)):
        assert again.status_code == 410
        assert b"Already confirmed" in again.content
        assert b"the secretariat is reviewing it" in again.content
    assert OutboundEmail.objects.filter(template="applications/emails/review-needed").count() == 1


def test_an_expired_link_gets_a_clear_page(client, countries):
    with time_machine.travel(START, tick=False):
        application = make_application(countries["ME"], status=Status.UNCONFIRMED)
        url = path_of(links.confirm_url(application))
    with time_machine.travel(START + datetime.timedelta(days=8), tick=False):
        response = client.post(url)
    assert response.status_code == 410
    assert b"expired" in response.content
    application.refresh_from_db()
    assert application.status == Status.UNCONFIRMED


@pytest.mark.parametrize(
    "url",
    [
        "/en/join/confirm/garbage/",
        "/en/join/confirm/1:abc:def/",
        "/fr/cooperate/confirm/x/",
        "/en/join/more/1-1/",
    ],
)
def test_a_broken_link_gets_a_clear_page(client, url, db):
    response = client.get(url)
    assert response.status_code == 400
    assert "valid" in response.content.decode()


def test_a_link_for_one_kind_does_not_work_for_the_other(client, countries):
    proposal = make_proposal(countries["FR"], status=Status.UNCONFIRMED)
    token = links.confirm_url(proposal).rstrip("/").rsplit("/", 1)[1]
    assert client.post(f"/en/join/confirm/{token}/").status_code == 400


def test_the_proposal_cycle_confirms_too(client, countries):
    proposal = make_proposal(countries["FR"], status=Status.UNCONFIRMED)
    url = path_of(links.confirm_url(proposal))
    assert url.startswith("/fr/cooperate/confirm/")
    client.post(url)
    proposal.refresh_from_db()
    assert proposal.status == Status.PENDING


def test_the_sender_adds_information_and_a_new_letter(client, countries, moderator):
    application = make_application(countries["ME"])
    services.ask_for_more(application, moderator, "Please send the decision of the council.")
    application.refresh_from_db()
    url = path_of(links.supplement_url(application))
    page = client.get(url)
    assert b"Please send the decision of the council." in page.content
    response = client.post(
        url,
        {
            "text": "Here it is.",
            "letter": SimpleUploadedFile("council.pdf", TINY_PDF, content_type="application/pdf"),
            **protection_data(),
        },
    )
    assert response.status_code == 302 and response["Location"] == "/en/join/more/added/"
    application.refresh_from_db()
    assert application.status == Status.PENDING
    supplement = application.supplements.get()
    assert supplement.text == "Here it is." and supplement.letter
    assert client.get(url).status_code == 410


def test_an_empty_answer_is_refused_and_a_bad_file_too(client, countries, moderator):
    application = make_application(countries["ME"])
    services.ask_for_more(application, moderator, "More please.")
    url = path_of(links.supplement_url(JoinApplication.objects.get()))
    empty = client.post(url, {"text": "  ", **protection_data()})
    assert empty.context["form"].non_field_errors()
    bad = client.post(
        url,
        {
            "text": "x",
            "letter": SimpleUploadedFile("a.pdf", b"MZ\x90\x00", content_type="application/pdf"),
            **protection_data(),
        },
    )
    assert "letter" in bad.context["form"].errors
    assert JoinApplication.objects.get().status == Status.MORE_INFORMATION


def test_an_old_question_link_does_not_answer_a_newer_one(client, countries, moderator):
    application = make_application(countries["ME"])
    services.ask_for_more(application, moderator, "First question")
    application.refresh_from_db()
    old = path_of(links.supplement_url(application))
    services.add_supplement(JoinApplication, application.pk, 1, "answer", None)
    services.ask_for_more(application, moderator, "Second question")
    assert client.get(old).status_code == 410
