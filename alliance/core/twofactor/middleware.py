from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import devices_for_user

# Back-office addresses a user needs before the second factor: signing out, this flow, a new password.
OPEN_PATHS = ("/admin/logout/", "/admin/2fa/", "/admin/password_reset/")


def _is_staff(user):
    return user.has_perm("wagtailadmin.access_admin")


class StaffTwoFactorMiddleware:
    """With STAFF_2FA_REQUIRED, a password alone opens nothing that only staff may see.

    In the back office, a signed-in user who has not yet given a code this session is sent to give
    one (or to set up an authenticator app first). Everywhere else (private documents, draft plans'
    decisions, private pages), a member of staff without the second factor is a visitor like any
    other: every permission check below sees an anonymous user.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_2FA_REQUIRED
            and request.user.is_authenticated
            and not request.user.is_verified()
            and _is_staff(request.user)
        ):
            path = request.path_info
            if not path.startswith("/admin/"):
                request.user = AnonymousUser()
            elif not path.startswith(OPEN_PATHS):
                # An authenticator app or backup codes: either is a second factor to give.
                has_device = next(devices_for_user(request.user, confirmed=True), None) is not None
                target = reverse("twofactor:verify" if has_device else "twofactor:setup")
                return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
