"""The back office's sign-in and password-reset pages: Wagtail's, throttled per address and per
account like the focal points' (see alliance.core.sign_in). A refused attempt never reaches the
password check, and a refused reset sends no email."""

from wagtail.admin.views.account import LoginView, PasswordResetView

from alliance.core.sign_in import refused_form, sign_in_refusal

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
        refusal = sign_in_refusal(request, SCOPE, request.POST.get("email", ""))
        if refusal:
            form = self.get_form_class()(initial={"email": request.POST.get("email", "")[:254]})
            form.cleaned_data = {}
            form.add_error(None, refusal)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)
