"""Changes to a back-office user's second factor, each in one transaction and audited.

Backup codes are django-otp static tokens on one "backup codes" device per user: each opens one
session and is then spent. They are shown once, when made; making new ones spends the old ones.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

BACKUP_CODE_COUNT = 10
BACKUP_DEVICE_NAME = "backup codes"


def readable(code):
    """ "abcdefgh" -> "abcd-efgh", as the codes are shown."""
    return f"{code[:4]}-{code[4:]}"


def _typed(code):
    return "".join(ch for ch in (code or "")[:40].lower() if ch.isalnum())


def _locked(user):
    """The user's row, locked until the end of the transaction: one change to a second factor at a
    time. Also the real model instance (not request.user's lazy proxy), which the audit log needs."""
    return get_user_model()._default_manager.select_for_update().get(pk=user.pk)


def backup_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def make_backup_codes(user):
    """New backup codes for `user`, replacing any left; returned once, to be shown once."""
    user = _locked(user)
    device, _created = StaticDevice.objects.select_for_update().get_or_create(
        user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
    )
    spent = device.token_set.count()
    device.token_set.all().delete()
    codes = []
    while len(codes) < BACKUP_CODE_COUNT:
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    log(user, "alliance.staff_2fa_backup_codes_made", user=user, data={"made": len(codes), "replaced": spent})
    return [readable(code) for code in codes]


@transaction.atomic
def use_backup_code(user, code):
    """The backup device if `code` is one of the user's unspent codes (spent now), else None."""
    code = _typed(code)
    if not code:
        return None
    user = _locked(user)
    for device in StaticDevice.objects.devices_for_user(user, confirmed=True).select_for_update():
        if device.verify_token(code):
            left = device.token_set.count()
            log(user, "alliance.staff_2fa_backup_code_used", user=user, data={"left": left})
            return device
    return None


@transaction.atomic
def confirm_authenticator(user, device):
    """The first right code from a new authenticator app: it becomes the user's second factor."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    log(_locked(user), "alliance.staff_2fa_enabled", user=device.user)


@transaction.atomic
def forget_authenticator(user):
    """For a lost phone: the authenticator app is removed; the user sets up a new one next."""
    user = _locked(user)
    removed, _by_model = TOTPDevice.objects.filter(user=user).delete()
    log(user, "alliance.staff_2fa_authenticator_removed", user=user, data={"removed": removed})
    return removed
