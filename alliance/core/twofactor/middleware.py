from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import devices_for_user

# Back-office addresses a user needs before the second factor: signing in and out, and this flow.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/2fa/", "/admin/password_reset/")


class StaffTwoFactorMiddleware:
    """Sends a signed-in back-office user who has not yet given a code this session to do so."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_2FA_REQUIRED
            and request.path_info.startswith("/admin/")
            and not request.path_info.startswith(OPEN_PATHS)
            and request.user.is_authenticated
            and not request.user.is_verified()
        ):
            # An authenticator app or backup codes: either is a second factor to give.
            has_device = next(devices_for_user(request.user, confirmed=True), None) is not None
            target = reverse("twofactor:verify" if has_device else "twofactor:setup")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
