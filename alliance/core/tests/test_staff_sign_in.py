"""The back office's sign-in page is throttled like the focal points': every attempt per address, and
wrong passwords per account and address, each making that address wait longer; nobody elsewhere is
held back. Wrong passwords and refusals are in the account's audit log."""

import datetime
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.urls import resolve
from django.utils import timezone
from wagtail.models import ModelLogEntry

from alliance.core.models import OutboundEmail, SignInFailures
from alliance.core.sign_in import LONGEST_WAIT, seconds_to_wait
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


def test_after_five_wrong_passwords_this_address_waits_longer_after_each_new_one(client, editor):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        statuses = [sign_in(client, "editor", f"wrong {attempt}").status_code for attempt in range(5)]
        assert statuses == [200] * 5
        response = sign_in(client, "editor", PASSWORD)
        assert response.status_code == 429
        assert "Too many wrong passwords for this account from your connection." in response.text
        assert "Please wait 1 minute before you try again." in response.text
        assert "_auth_user_id" not in client.session
        waits = []
        for _round in range(6):
            clock.shift(datetime.timedelta(seconds=LONGEST_WAIT + 1))
            assert sign_in(client, "editor", "still wrong").status_code == 200
            waits.append(seconds_to_wait(RequestFactory().get("/"), "editor"))
        assert waits == [60, 120, 240, 480, 900, 900], (
            "each wrong password doubles the wait, up to 15 minutes"
        )
        clock.shift(datetime.timedelta(seconds=LONGEST_WAIT + 1))
        assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_nobody_can_lock_the_owner_out_from_another_address(client, editor):
    for attempt in range(30):
        client.post(
            "/admin/login/", {"username": "editor", "password": f"guess {attempt}"}, REMOTE_ADDR="203.0.113.9"
        )
    for _attempt in range(10):
        client.post("/admin/password_reset/", {"email": editor.email}, REMOTE_ADDR="203.0.113.9")
    response = client.post(
        "/admin/login/", {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="192.0.2.7"
    )
    assert response.status_code == 302


def test_right_passwords_never_count(client, editor):
    for _attempt in range(15):
        assert sign_in(Client(), "editor", PASSWORD).status_code == 302
    assert sign_in(client, "editor", "one typing mistake").status_code == 200
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_a_right_password_starts_the_count_again(client, editor):
    for attempt in range(4):
        sign_in(client, "editor", f"wrong {attempt}")
    assert sign_in(client, "editor", PASSWORD).status_code == 302
    client.logout()
    statuses = [sign_in(client, "editor", f"wrong again {attempt}").status_code for attempt in range(5)]
    assert statuses == [200] * 5


def test_asking_for_a_new_password_never_holds_the_sign_in_back(client, editor):
    for _attempt in range(10):
        client.post("/admin/password_reset/", {"email": editor.email})
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_a_refused_attempt_never_reaches_the_password_check(client, editor):
    for attempt in range(9):
        sign_in(client, "editor", f"wrong {attempt}")
    # Only the five attempts that were let through were checked (and recorded) as wrong passwords.
    assert entries(editor, "alliance.sign_in_failed").count() == 5


def test_the_account_is_counted_whatever_the_case_typed(client, editor):
    for name in ("editor", "EDITOR", "Editor", " editor", "eDitor"):
        sign_in(client, name, "wrong")
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


def test_wrong_passwords_on_the_focal_point_form_count_for_the_back_office_too(client, editor):
    for attempt in range(5):
        sign_in(client, "editor", f"wrong {attempt}", path="/en/focal-point/login/")
    assert sign_in(client, "editor", PASSWORD).status_code == 429


def test_wrong_passwords_and_the_refusal_are_in_the_accounts_audit_log(client, editor):
    for attempt in range(8):
        sign_in(client, "editor", f"wrong {attempt}")
    assert entries(editor, "alliance.sign_in_failed").count() == 5
    refused = entries(editor, "alliance.sign_in_refused")
    assert refused.count() == 1, "one refusal entry per window, not one per attempt"
    assert refused.get().data == {"form": "staff-sign-in", "reason": "wrong passwords"}
    for entry in ModelLogEntry.objects.filter(object_id=str(editor.pk)):
        assert "wrong" not in str(entry.data).replace("wrong passwords", "") and "127.0.0.1" not in str(
            entry.data
        )


def test_an_unknown_name_is_counted_but_writes_nothing_to_the_log(client):
    for _attempt in range(5):
        sign_in(client, "nobody", "x")
    assert sign_in(client, "nobody", "x").status_code == 429
    assert not ModelLogEntry.objects.filter(action__startswith="alliance.sign_in").exists()


def test_a_sign_in_form_without_configured_limits_is_still_limited(client, settings):
    settings.RATE_LIMITS = {}
    statuses = [sign_in(client, f"guess{number}", "wrong").status_code for number in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429


def test_the_pairs_are_kept_as_keyed_hashes_and_forgotten_a_day_later(client, editor):
    sign_in(client, "editor", "wrong")
    row = SignInFailures.objects.get()
    assert "editor" not in row.key and "127.0.0.1" not in row.key
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        call_command("forget_past_attempts", verbosity=0)
    assert not SignInFailures.objects.exists()


def test_a_huge_name_is_refused_cheaply_and_kept_short(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-sign-in": {"ip": "1/hour"}}
    sign_in(client, "x", "y")
    response = sign_in(client, "é" * 100_000, "y")
    assert response.status_code == 429
    assert "é" * 300 not in response.text


def test_asking_for_password_resets_is_throttled_apart_and_sends_nothing_then(client, editor, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "password-reset": {"ip": "10/hour", "email": "2/hour"}}
    statuses = [
        client.post("/admin/password_reset/", {"email": editor.email}).status_code for _attempt in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert OutboundEmail.objects.filter(to=editor.email).count() == 2
    assert (
        "Too many requests for a new password for this address."
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
