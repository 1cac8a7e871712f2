import base64
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.auth import require_admin_access

from alliance.core.protection import rate_limit

from . import services


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Six-digit code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Enter the six digits your app shows, without spaces.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": 8}
        ),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if not self.device.verify_token(code):
            raise forms.ValidationError(_("This code is not right or has expired. Try the current one."))
        return code


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or "/admin/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return "/admin/"
    return target


def _limited(request):
    return rate_limit(request, "staff-2fa", email=request.user.email or None)


@login_required
def setup(request):
    """First time: a new secret shown as a QR code and as text; confirmed by a first code."""
    if TOTPDevice.objects.devices_for_user(request.user, confirmed=True).exists():
        return redirect("twofactor:verify")
    if not request.user.is_verified() and services.backup_codes_left(request.user):
        # A password alone must not replace a second factor the user still has.
        return redirect(f"{reverse('twofactor:backup')}?{urlencode({'next': _next_url(request)})}")
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None, device=device)
    message = _limited(request) if request.method == "POST" else None
    if request.method == "POST" and not message and form.is_valid():
        services.confirm_authenticator(request.user, device)
        otp_login(request, device)
        # Made now and shown once, on this page only: the way back in if the phone is lost.
        return _show_backup_codes(request, services.make_backup_codes(request.user), _next_url(request))
    qr = segno.make(device.config_url, error="m")
    svg = qr.svg_inline(scale=5, title=str(_("QR code of your sign-in secret")))
    # Authenticator apps take the secret in base32, for people who type it instead of scanning.
    base32 = base64.b32encode(bytes.fromhex(device.key)).decode().rstrip("=")
    return render(
        request,
        "core/twofactor/setup.html",
        {
            "form": form,
            "qr": mark_safe(svg),  # noqa: S308 - SVG made by segno from our own secret
            "secret": base32,
            "next": _next_url(request),
            "message": message,
        },
        status=429 if message else 200,
    )


@login_required
def verify(request):
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=True).first()
    if device is None:
        # Without an authenticator app (removed for a lost phone), the backup codes open the way.
        target = "twofactor:backup" if services.backup_codes_left(request.user) else "twofactor:setup"
        return redirect(f"{reverse(target)}?{urlencode({'next': _next_url(request)})}")
    form = CodeForm(request.POST or None, device=device)
    message = _limited(request) if request.method == "POST" else None
    if request.method == "POST" and not message and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(
        request,
        "core/twofactor/verify.html",
        {"form": form, "next": _next_url(request), "message": message},
        status=429 if message else 200,
    )


class BackupCodeForm(forms.Form):
    code = forms.CharField(
        label=_("One of your backup codes"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "off"}),
    )


@never_cache
@login_required
def backup(request):
    """Signing in with a backup code when the phone is not at hand; the code is then spent."""
    form = BackupCodeForm(request.POST or None)
    message = _limited(request) if request.method == "POST" else None
    if request.method == "POST" and not message and form.is_valid():
        device = services.use_backup_code(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            left = services.backup_codes_left(request.user)
            messages.warning(
                request,
                ngettext(
                    "You signed in with a backup code; %(left)d code is left. "
                    "If your phone is lost, set up a new authenticator app now.",
                    "You signed in with a backup code; %(left)d codes are left. "
                    "If your phone is lost, set up a new authenticator app now.",
                    left,
                )
                % {"left": left},
            )
            return redirect("twofactor:manage")
        form.add_error("code", _("This code is not one of your backup codes, or it was used already."))
    return render(
        request,
        "core/twofactor/backup.html",
        {"form": form, "next": _next_url(request), "message": message},
        status=429 if message else 200,
    )


def _needs_code(request):
    """Changing the second factor takes a session that gave one, whenever the user has one."""
    if request.user.is_verified():
        return False
    return (
        settings.STAFF_2FA_REQUIRED
        or TOTPDevice.objects.devices_for_user(request.user, confirmed=True).exists()
    )


def _show_backup_codes(request, codes, next_url):
    response = render(request, "core/twofactor/backup_codes.html", {"codes": codes, "next": next_url})
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_admin_access
def manage(request):
    """The user's two-factor sign-in: their authenticator app and how many backup codes are left."""
    if _needs_code(request):
        return redirect(f"{reverse('twofactor:verify')}?{urlencode({'next': reverse('twofactor:manage')})}")
    has_authenticator = TOTPDevice.objects.devices_for_user(request.user, confirmed=True).exists()
    title = gettext("Two-factor sign-in")
    return TemplateResponse(
        request,
        "core/twofactor/manage.html",
        {
            "has_authenticator": has_authenticator,
            "codes_left": services.backup_codes_left(request.user),
            "header_title": title,
            "page_title": title,
            "header_icon": "key",
        },
    )


@never_cache
@require_admin_access
@require_POST
def new_backup_codes(request):
    if _needs_code(request):
        return redirect("twofactor:verify")
    if not TOTPDevice.objects.devices_for_user(request.user, confirmed=True).exists():
        return redirect("twofactor:setup")
    return _show_backup_codes(request, services.make_backup_codes(request.user), reverse("twofactor:manage"))


@never_cache
@require_admin_access
@require_POST
def new_authenticator(request):
    if _needs_code(request):
        return redirect("twofactor:verify")
    services.forget_authenticator(request.user)
    return redirect(f"{reverse('twofactor:setup')}?{urlencode({'next': reverse('twofactor:manage')})}")
