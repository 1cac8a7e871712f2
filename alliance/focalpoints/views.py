from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render, resolve_url
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters

from alliance.core.links import LinkExpired, LinkInvalid, read_link_token
from alliance.core.sign_in import refused_form, sign_in_refusal

from . import members_area, services
from .access import focal_point_required
from .forms import AcceptInvitationForm, FocalPointLoginForm, ProfileForm
from .models import FocalPoint

LOGIN_SCOPE = "focal-point-login"


def login_refusal(request, email):
    """None when this sign-in attempt may go ahead, else the message to show (status 429)."""
    return sign_in_refusal(request, LOGIN_SCOPE, email)


class LoginView(auth_views.LoginView):
    template_name = "focalpoints/login.html"
    authentication_form = FocalPointLoginForm
    redirect_authenticated_user = False

    def post(self, request, *args, **kwargs):
        refusal = login_refusal(request, request.POST.get("username", "").strip().lower())
        if refusal:
            form = refused_form(self.get_form_class(), request, refusal)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def get_default_redirect_url(self):
        return resolve_url("focalpoints:home")


class LogoutView(auth_views.LogoutView):
    template_name = "focalpoints/logged_out.html"


@sensitive_post_parameters("password1", "password2")
@csrf_protect
@never_cache
def accept(request, token):
    """The invitation link: a page to choose a password; the account is created on POST only."""
    try:
        pk = read_link_token(services.INVITATION_PURPOSE, token, max_age=services.INVITATION_DAYS * 86400)
    except LinkExpired:
        return render(request, "focalpoints/invitation_invalid.html", {"expired": True}, status=410)
    except LinkInvalid:
        return render(request, "focalpoints/invitation_invalid.html", {"expired": False}, status=400)
    focal_point = FocalPoint.objects.select_related("authority").filter(pk=pk).first()
    if focal_point is None or not focal_point.active:
        return render(request, "focalpoints/invitation_invalid.html", {"expired": False}, status=400)
    if focal_point.has_accepted:
        return render(request, "focalpoints/invitation_invalid.html", {"used": True}, status=410)
    form = AcceptInvitationForm(request.POST or None, focal_point=focal_point)
    if request.method == "POST" and form.is_valid():
        try:
            focal_point = services.accept(focal_point.pk, form.cleaned_data["password1"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            auth_login(request, focal_point.user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Your account is ready. Welcome to the focal points' area."))
            return redirect("focalpoints:home")
    return render(request, "focalpoints/accept.html", {"form": form, "focal_point": focal_point})


@focal_point_required
def home(request):
    focal_point = request.focal_point
    return render(
        request,
        "focalpoints/home.html",
        {
            "focal_point": focal_point,
            "authority": focal_point.authority,
            "sections": members_area.sections_for(focal_point, request),
        },
    )


@focal_point_required
def profile(request):
    """The public fields of the focal point's own authority; the authority never comes from the URL."""
    authority = request.focal_point.authority
    form = ProfileForm(request.POST or None, instance=authority)
    if request.method == "POST" and form.is_valid():
        changes = services.update_profile(request.focal_point, form.cleaned_data, request.user)
        if changes:
            messages.success(
                request, _("The profile has been updated. The secretariat can see what changed.")
            )
        else:
            messages.info(request, _("Nothing was changed."))
        return redirect("focalpoints:home")
    return render(request, "focalpoints/profile_form.html", {"form": form, "authority": authority})
