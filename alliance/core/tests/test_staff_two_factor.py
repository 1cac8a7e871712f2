"""With two-factor sign-in required, the back office opens only after a code from an authenticator app."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture
def required(settings):
    settings.STAFF_2FA_REQUIRED = True


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_without_a_device_the_back_office_asks_to_set_one_up(client, administrator, required):
    client.force_login(administrator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/setup/?next=%2Fadmin%2F"


def test_setting_up_with_a_right_code_opens_the_back_office(client, administrator, required):
    client.force_login(administrator)
    page = client.get("/admin/2fa/setup/?next=/admin/")
    assert page.status_code == 200
    assert b"<svg" in page.content and b"Secret:" in page.content
    device = TOTPDevice.objects.get(user=administrator, confirmed=False)
    response = client.post("/admin/2fa/setup/", {"code": code_for(device), "next": "/admin/"})
    # The backup codes are shown once, then the way goes on to where the user was going.
    assert response.status_code == 200 and b"Your backup codes" in response.content
    assert b'href="/admin/"' in response.content
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_with_a_message_and_nothing_changes(client, moderator, required):
    client.force_login(moderator)
    client.get("/admin/2fa/setup/")
    response = client.post("/admin/2fa/setup/", {"code": "000000"})
    assert response.status_code == 200
    assert b"This code is not right" in response.content
    assert not TOTPDevice.objects.get(user=moderator).confirmed
    assert client.get("/admin/").status_code == 302


def test_a_new_session_needs_a_code_again(client, editor, required):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F"
    response = client.post("/admin/2fa/verify/", {"code": code_for(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_code_cannot_send_the_user_to_another_site(client, editor, required):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    response = client.post(
        "/admin/2fa/verify/", {"code": code_for(device), "next": "https://evil.example.com/"}
    )
    assert response["Location"] == "/admin/"


def test_a_used_code_cannot_be_used_twice(client, editor, required):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    code = code_for(device)
    client.force_login(editor)
    assert client.post("/admin/2fa/verify/", {"code": code})["Location"] == "/admin/"
    client.logout()
    client.force_login(editor)
    assert client.post("/admin/2fa/verify/", {"code": code}).status_code == 200


def test_too_many_attempts_are_refused(client, editor, required, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-2fa": {"ip": "3/hour", "email": "3/hour"}}
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)
    statuses = [client.post("/admin/2fa/verify/", {"code": "123456"}).status_code for _ in range(4)]
    assert statuses[-1] == 429


def test_the_sign_in_page_stays_open(client, required):
    assert client.get("/admin/login/").status_code == 200


def test_when_not_required_the_back_office_opens_with_a_password(client, administrator, settings):
    settings.STAFF_2FA_REQUIRED = False
    client.force_login(administrator)
    assert client.get("/admin/").status_code == 200


def test_production_requires_it_by_default():
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import alliance.settings as s; print(s.STAFF_2FA_REQUIRED)"],
        env={"PATH": os.environ["PATH"], "DEBUG": "0", "SECRET_KEY": "x" * 50},
        capture_output=True,
        text=True,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
    )
    assert result.stdout.strip() == "True"
