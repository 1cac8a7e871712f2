"""A focal point who forgot their password gets a link by email (Django's single-use reset token).

The page says the same whether or not the address belongs to a focal point, so it reveals nobody.
"""

from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.urls import reverse, reverse_lazy
from django.utils import translation

from alliance.core.languages import current_language
from alliance.core.links import absolute_url
from alliance.core.mail import queue_email
from alliance.core.sign_in import reset_refusal

from .models import FocalPoint


class FocalPointPasswordResetForm(PasswordResetForm):
    def get_users(self, email):
        focal_points = FocalPoint.objects.active().filter(user__email__iexact=email).select_related("user")
        return [fp.user for fp in focal_points if fp.user.has_usable_password()]

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        language = current_language()
        with translation.override(language):
            path = reverse("focalpoints:password_reset_confirm", args=[context["uid"], context["token"]])
        queue_email(
            to_email,
            "focalpoints/emails/password-reset",
            {"name": context["user"].first_name, "url": absolute_url(path)},
            language,
        )


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "focalpoints/password_reset.html"
    form_class = FocalPointPasswordResetForm
    success_url = reverse_lazy("focalpoints:password_reset_sent")

    def post(self, request, *args, **kwargs):
        refusal = reset_refusal(request, request.POST.get("email", ""))
        if refusal:
            form = self.get_form()
            form.is_valid()
            form.add_error(None, refusal)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "focalpoints/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "focalpoints/password_reset_confirm.html"
    success_url = reverse_lazy("focalpoints:login")
    post_reset_login = False

    def form_valid(self, form):
        from django.contrib import messages
        from django.utils.translation import gettext as _

        response = super().form_valid(form)
        messages.success(self.request, _("Your new password is set. Sign in with it."))
        return response
