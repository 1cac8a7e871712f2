"""The back office's sign-in and password-reset pages: Wagtail's, throttled per address and per
account like the focal points' (see alliance.core.sign_in). A refused attempt never reaches the
password check, and a refused reset sends no email. Asking for a new password is counted apart
from signing in, so it never holds an account's sign-in back. The reset's email goes through the outbox
(stored, then sent and retried by the task worker) like every other email of the site."""

from django.urls import reverse
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.admin.views.account import LoginView, PasswordResetView

from alliance.core.languages import current_language
from alliance.core.links import absolute_url
from alliance.core.mail import queue_email
from alliance.core.sign_in import refused_form, reset_refusal, sign_in_refusal

SCOPE = "staff-sign-in"


class StaffLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        refusal = sign_in_refusal(request, SCOPE, request.POST.get("username", ""))
        if refusal:
            form = refused_form(self.get_form_class(), request, refusal)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)


class StaffPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        refusal = reset_refusal(request, request.POST.get("email", ""))
        if refusal:
            form = self.get_form_class()(initial={"email": request.POST.get("email", "")[:254]})
            form.cleaned_data = {}
            form.add_error(None, refusal)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)


class StaffPasswordResetForm(PasswordResetForm):
    """Wagtail's form (settings: WAGTAILADMIN_USER_PASSWORD_RESET_FORM), its email queued."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        user = context["user"]
        path = reverse(
            "wagtailadmin_password_reset_confirm",
            kwargs={"uidb64": context["uid"], "token": context["token"]},
        )
        queue_email(
            to_email,
            "core/emails/staff-password-reset",
            {
                "name": user.first_name or user.get_username(),
                "username": user.get_username(),
                "url": absolute_url(path),
            },
            current_language(),
        )
