import time_machine
from wagtail.models import ModelLogEntry

from alliance.core.models import OutboundEmail
from alliance.declaration.models import Signature, Status

from .conftest import link_from_last_email


def test_opening_the_link_does_not_confirm_but_posting_does(client, sign, lviv):
    sign()
    link = link_from_last_email("confirm")
    response = client.get(link)
    assert response.status_code == 200
    assert Signature.objects.get().status == Status.UNCONFIRMED
    response = client.post(link)
    assert b"email address is confirmed" in response.content
    signature = Signature.objects.get()
    assert signature.status == Status.CONFIRMED
    assert ModelLogEntry.objects.filter(action="declaration.confirm", object_id=str(signature.pk)).exists()
    # A second confirmation changes nothing.
    assert b"already confirmed" in client.post(link).content


def test_an_expired_link_is_refused(client, sign, lviv):
    with time_machine.travel("2026-01-01 10:00Z"):
        sign()
        link = link_from_last_email("confirm")
    with time_machine.travel("2026-01-20 10:00Z"):
        response = client.post(link)
    assert response.status_code == 410
    assert Signature.objects.get().status == Status.UNCONFIRMED


def test_a_tampered_link_is_refused(client, sign, lviv):
    sign()
    link = link_from_last_email("confirm")
    response = client.post(link.replace("/confirm/", "/confirm/x"))
    # The answer every app gives for a link it cannot use (core/links.py): 400, a way to start again.
    assert response.status_code == 400
    assert 'href="/en/declaration/sign/"' in response.content.decode()
    # A withdrawal token cannot confirm.
    withdraw = link_from_last_email("withdraw").replace("/withdraw/", "/confirm/")
    assert client.post(withdraw).status_code == 400


def test_a_moderator_verifies_and_the_signature_becomes_public(client, sign, lviv, moderator):
    sign()
    client.post(link_from_last_email("confirm"))
    signature = Signature.objects.get()
    assert b"Andriy Sadovyi" not in client.get("/en/declaration/signatories/").content
    assert b"<strong>0</strong> signatories" in client.get("/en/declaration/").content
    client.force_login(moderator)
    response = client.post(f"/admin/declaration/review/{signature.pk}/", {"action": "verify"})
    assert response.status_code == 302
    signature.refresh_from_db()
    assert signature.status == Status.VERIFIED
    assert ModelLogEntry.objects.filter(action="declaration.verify", user=moderator).exists()
    assert OutboundEmail.objects.filter(template="declaration/emails/signature-verified").exists()
    client.logout()
    assert b"Andriy Sadovyi" in client.get("/en/declaration/signatories/").content
    assert b"<strong>1</strong> signatory" in client.get("/en/declaration/").content


def test_a_moderator_rejects_with_a_reason(client, sign, lviv, moderator):
    sign()
    signature = Signature.objects.get()
    client.force_login(moderator)
    response = client.post(f"/admin/declaration/review/{signature.pk}/", {"action": "reject", "reason": ""})
    assert response.status_code == 200  # the reason is required
    client.post(
        f"/admin/declaration/review/{signature.pk}/",
        {"action": "reject", "reason": "Not an elected official."},
    )
    signature.refresh_from_db()
    assert signature.status == Status.REJECTED
    email = OutboundEmail.objects.get(template="declaration/emails/signature-rejected")
    assert "Not an elected official." in email.body_text
    entry = ModelLogEntry.objects.get(action="declaration.reject")
    assert entry.data["reason"] == "Not an elected official."


def test_the_review_is_for_moderators_only(client, sign, lviv, outsider, editor):
    sign()
    signature = Signature.objects.get()
    assert client.get(f"/admin/declaration/review/{signature.pk}/").status_code == 302
    client.force_login(editor)
    response = client.get(f"/admin/declaration/review/{signature.pk}/")
    assert response.status_code in (302, 403) and b"mayor@lviv" not in response.content
    response = client.get("/admin/declaration_signature/")
    assert response.status_code in (302, 403) and b"mayor@lviv" not in response.content


def test_the_moderation_queue_filters_by_status(client, sign, lviv, moderator):
    sign()
    client.force_login(moderator)
    response = client.get("/admin/declaration_signature/?status=unconfirmed")
    assert response.status_code == 200
    assert b"Andriy Sadovyi" in response.content
    response = client.get("/admin/declaration_signature/?status=verified")
    assert b"Andriy Sadovyi" not in response.content


def test_the_signer_withdraws_and_leaves_the_list(client, sign, lviv, moderator):
    sign()
    withdraw = link_from_last_email("withdraw")
    signature = Signature.objects.get()
    client.force_login(moderator)
    client.post(f"/admin/declaration/review/{signature.pk}/", {"action": "verify"})
    client.logout()
    assert b"<strong>1</strong> signatory" in client.get("/en/declaration/").content
    assert client.get(withdraw).status_code == 200
    response = client.post(withdraw)
    assert b"no longer appears" in response.content
    signature.refresh_from_db()
    assert signature.status == Status.WITHDRAWN
    assert b"Andriy Sadovyi" not in client.get("/en/declaration/signatories/").content
    assert b"<strong>0</strong> signatories" in client.get("/en/declaration/").content
