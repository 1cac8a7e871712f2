"""The back office's sign-in page is throttled per account and per address, like the focal points',
with a clear message; wrong passwords and refusals are in the account's audit log."""

from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import resolve
from wagtail.models import ModelLogEntry

from alliance.core.models import OutboundEmail
from alliance.core.twofactor.login import StaffLoginView

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # noqa: S105 - the personas' password


@pytest.fixture(autouse=True)
def quick_passwords(settings):
    # Dozens of sign-ins per test: the real hasher would make each one cost a second on a busy machine.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def sign_in(client, username, password, path="/admin/login/"):
    return client.post(path, {"username": username, "password": password})


def entries(user, action):
    return ModelLogEntry.objects.filter(object_id=str(user.pk), action=action)


def test_the_back_offices_sign_in_page_is_the_throttled_one(client):
    assert resolve("/admin/login/").func.view_class is StaffLoginView
    assert client.get("/admin/login/").status_code == 200


def test_a_person_with_the_right_password_signs_in(client, editor):
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_after_ten_wrong_passwords_even_the_right_one_is_refused(client, editor):
    statuses = [sign_in(client, "editor", f"wrong {attempt}").status_code for attempt in range(10)]
    assert statuses == [200] * 10
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert "Too many sign-in attempts for this account. Please try again in an hour." in response.text
    assert "_auth_user_id" not in client.session


def test_a_refused_attempt_never_reaches_the_password_check(client, editor, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"email": "2/hour"}}
    for attempt in range(5):
        sign_in(client, "editor", f"wrong {attempt}")
    # Only the two attempts that were let through were checked (and recorded) as wrong passwords.
    assert entries(editor, "alliance.sign_in_failed").count() == 2


def test_the_account_is_counted_whatever_the_case_typed(client, editor, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"email": "2/hour"}}
    sign_in(client, "editor", "wrong")
    sign_in(client, "EDITOR", "wrong")
    assert sign_in(client, "Editor", PASSWORD).status_code == 429


def test_one_address_trying_many_accounts_is_refused(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"ip": "5/hour"}}
    statuses = [sign_in(client, f"guess{number}", "password").status_code for number in range(6)]
    assert statuses == [200] * 5 + [429]
    assert "Too many sign-in attempts from your connection." in sign_in(client, "other", "x").text


def test_another_address_may_still_try_other_accounts(client, editor, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"ip": "2/hour"}}
    for number in range(3):
        sign_in(client, f"guess{number}", "password")
    response = client.post(
        "/admin/login/", {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="192.0.2.7"
    )
    assert response.status_code == 302


def test_tries_spent_on_the_focal_point_form_count_for_the_back_office_too(client, editor):
    for attempt in range(10):
        sign_in(client, "editor", f"wrong {attempt}", path="/en/focal-point/login/")
    assert sign_in(client, "editor", PASSWORD).status_code == 429


def test_wrong_passwords_and_the_refusal_are_in_the_accounts_audit_log(client, editor, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"email": "3/hour"}}
    for attempt in range(6):
        sign_in(client, "editor", f"wrong {attempt}")
    assert entries(editor, "alliance.sign_in_failed").count() == 3
    refused = entries(editor, "alliance.sign_in_refused")
    assert refused.count() == 1, "one refusal entry per window, not one per attempt"
    assert refused.get().data == {"form": "staff-sign-in", "reason": "account"}
    for entry in ModelLogEntry.objects.filter(object_id=str(editor.pk)):
        assert "wrong" not in str(entry.data) and "127.0.0.1" not in str(entry.data)


def test_an_unknown_name_is_counted_but_writes_nothing_to_the_log(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"email": "1/hour"}}
    sign_in(client, "nobody", "x")
    assert sign_in(client, "nobody", "x").status_code == 429
    assert not ModelLogEntry.objects.filter(action__startswith="alliance.sign_in").exists()


def test_a_sign_in_form_without_configured_limits_is_still_limited(client, editor, settings):
    settings.RATE_LIMITS = {}
    statuses = [sign_in(client, "editor", "wrong").status_code for _attempt in range(11)]
    assert statuses[:10] == [200] * 10 and statuses[10] == 429


def test_a_huge_name_is_refused_cheaply_and_kept_short(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"ip": "1/hour"}}
    sign_in(client, "x", "y")
    response = sign_in(client, "é" * 100_000, "y")
    assert response.status_code == 429
    assert "é" * 300 not in response.text


def test_asking_for_password_resets_is_throttled_too_and_sends_nothing_then(client, editor, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"email": "2/hour"}}
    statuses = [
        client.post("/admin/password_reset/", {"email": editor.email}).status_code for _attempt in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert OutboundEmail.objects.filter(to=editor.email).count() == 2
    assert (
        "Too many sign-in attempts for this account."
        in client.post("/admin/password_reset/", {"email": editor.email}).text
    )


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("en", "A new password for the back office of the Alliance's website"),
        ("fr", "Un nouveau mot de passe pour l’espace d’administration du site de l’Alliance"),
    ],
)
def test_a_password_reset_email_is_queued_in_the_outbox_with_a_link_that_sets_a_new_password(
    client, editor, language, subject
):
    client.post("/admin/password_reset/", {"email": editor.email}, headers={"accept-language": language})
    email = OutboundEmail.objects.get(to=editor.email)
    assert email.subject == subject
    link = next(word for word in email.body_text.split() if "/admin/password_reset/confirm/" in word)
    assert link.startswith("http")
    assert "editor" in email.body_text
    # The link works once: it leads to the form for a new password, and the new one signs in.
    form = client.get(urlsplit(link).path, follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "A fresh and long passphrase", "new_password2": "A fresh and long passphrase"},
    )
    assert response.status_code == 302
    assert sign_in(Client(), "editor", "A fresh and long passphrase").status_code == 302
