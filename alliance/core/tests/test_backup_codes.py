"""A lost phone is not a locked door: single-use backup codes, shown once, made anew on request,
each use in the audit log; and a new authenticator app once signed in with one."""

import re

import pytest
from django.core.management import call_command
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from alliance.core.twofactor import services

pytestmark = pytest.mark.django_db

CODE = re.compile(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>")


@pytest.fixture
def required(settings):
    settings.STAFF_2FA_REQUIRED = True


@pytest.fixture
def phone(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


@pytest.fixture
def codes(editor, phone):
    return services.make_backup_codes(editor)


def use(client, code, next_url="/admin/"):
    return client.post("/admin/2fa/backup/", {"code": code, "next": next_url})


def actions(user, action):
    return ModelLogEntry.objects.filter(object_id=str(user.pk), action=action)


def test_setting_up_the_app_shows_ten_backup_codes_once(client, moderator, required):
    from alliance.core.tests.test_staff_two_factor import code_for

    client.force_login(moderator)
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=moderator)
    page = client.post("/admin/2fa/setup/", {"code": code_for(device), "next": "/admin/"})
    shown = CODE.findall(page.text)
    assert len(shown) == 10 and len(set(shown)) == 10
    assert page["Cache-Control"] == "no-store"
    overview = client.get("/admin/2fa/")
    assert "10 backup codes are left." in overview.text
    assert not any(code in overview.text for code in shown)


def test_the_verify_page_offers_the_backup_codes(client, editor, phone, required):
    client.force_login(editor)
    page = client.get("/admin/2fa/verify/?next=/admin/pages/")
    assert 'href="/admin/2fa/backup/?next=/admin/pages/"' in page.text


def test_a_backup_code_opens_the_back_office_once(client, editor, codes, required):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 302
    response = use(client, codes[0])
    assert response.status_code == 302 and response["Location"] == "/admin/2fa/"
    assert client.get("/admin/").status_code == 200
    assert "9 backup codes are left." in client.get("/admin/2fa/").text

    client.logout()
    client.force_login(editor)
    again = use(client, codes[0])
    assert again.status_code == 200
    assert "not one of your backup codes, or it was used already" in again.text
    assert client.get("/admin/").status_code == 302


def test_each_use_of_a_backup_code_is_audited(client, editor, codes, required):
    client.force_login(editor)
    use(client, codes[3])
    entry = actions(editor, "alliance.staff_2fa_backup_code_used").get()
    assert entry.data == {"left": 9} and entry.user == editor
    assert codes[3] not in str(entry.data)


def test_a_code_may_be_typed_in_capitals_or_without_its_hyphen(client, editor, codes, required):
    client.force_login(editor)
    assert use(client, f"  {codes[1].upper()} ").status_code == 302
    client.logout()
    client.force_login(editor)
    assert use(client, codes[2].replace("-", "")).status_code == 302


def test_making_new_codes_spends_the_old_ones(client, editor, codes, required):
    client.force_login(editor)
    use(client, codes[0])
    page = client.post("/admin/2fa/backup-codes/")
    new = CODE.findall(page.text)
    assert len(new) == 10 and not set(new) & set(codes)
    assert StaticToken.objects.filter(device__user=editor).count() == 10
    assert actions(editor, "alliance.staff_2fa_backup_codes_made").count() == 2
    client.logout()
    client.force_login(editor)
    assert use(client, codes[5]).status_code == 200
    assert use(client, new[0]).status_code == 302


def test_the_codes_cannot_be_changed_without_a_second_factor_this_session(client, editor, codes, required):
    client.force_login(editor)
    assert client.get("/admin/2fa/")["Location"].startswith("/admin/2fa/verify/")
    assert client.post("/admin/2fa/backup-codes/")["Location"].startswith("/admin/2fa/verify/")
    assert client.post("/admin/2fa/authenticator/")["Location"].startswith("/admin/2fa/verify/")
    assert TOTPDevice.objects.filter(user=editor).exists()
    assert actions(editor, "alliance.staff_2fa_backup_codes_made").count() == 1


def test_after_a_lost_phone_a_new_app_is_set_up_with_a_backup_code(client, editor, codes, required):
    client.force_login(editor)
    use(client, codes[0])
    response = client.post("/admin/2fa/authenticator/")
    assert response["Location"] == "/admin/2fa/setup/?next=%2Fadmin%2F2fa%2F"
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert actions(editor, "alliance.staff_2fa_authenticator_removed").count() == 1
    assert client.get("/admin/2fa/setup/").status_code == 200


def test_a_password_alone_cannot_set_up_a_new_app_while_codes_are_left(client, editor, codes, required):
    TOTPDevice.objects.filter(user=editor).delete()
    client.force_login(editor)
    assert client.get("/admin/")["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2F"
    assert client.get("/admin/2fa/verify/?next=/admin/")["Location"] == "/admin/2fa/backup/?next=%2Fadmin%2F"
    assert client.get("/admin/2fa/setup/")["Location"].startswith("/admin/2fa/backup/")
    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_guessing_backup_codes_is_rate_limited(client, editor, codes, required, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "staff-2fa": {"ip": "3/hour", "email": "3/hour"}}
    client.force_login(editor)
    statuses = [use(client, f"aaaa-aaa{number}").status_code for number in range(3)]
    assert statuses == [200, 200, 200]
    assert use(client, codes[0]).status_code == 429
    assert client.get("/admin/").status_code == 302


def test_the_account_page_links_to_two_factor_sign_in(client, editor):
    client.force_login(editor)
    assert 'href="/admin/2fa/"' in client.get("/admin/account/").text


def test_an_administrator_resets_a_second_factor_for_someone_who_lost_everything(editor, codes):
    call_command("reset_two_factor", "editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticToken.objects.filter(device__user=editor).exists()
    assert actions(editor, "alliance.staff_2fa_reset").get().data == {"removed": 2}
