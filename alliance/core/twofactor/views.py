import base64

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from alliance.core.protection import rate_limit


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
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None, device=device)
    message = _limited(request) if request.method == "POST" else None
    if request.method == "POST" and not message and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        log(request.user, "alliance.staff_2fa_enabled", user=request.user)
        return redirect(_next_url(request))
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
        return redirect("twofactor:setup")
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
