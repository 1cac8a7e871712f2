"""Signing out of the back office: only a POST request signs out.

Wagtail's sign-out view deletes the session cookie whatever the method, even when Django refuses a
GET with 405 and so leaves the session alive on the server: a link or an image on any site could
make a browser forget a session that would go on living. Here a GET signs nobody out and touches
no cookie: it shows a page with the sign-out button (a signed-in person) or goes to the sign-in page.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from wagtail.admin.views.account import LogoutView


@method_decorator(never_cache, name="dispatch")
class StaffLogoutView(LogoutView):
    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("wagtailadmin_login")
        return TemplateResponse(request, "core/sign_out.html", {})

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET":
            return self.get(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)
