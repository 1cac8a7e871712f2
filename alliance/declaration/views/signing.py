"""Signing the Declaration, confirming the signature by email, and withdrawing it."""

from django.core.cache import cache
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from alliance.authorities.models import Authority
from alliance.core.links import LinkExpired, LinkInvalid, read_link_token
from alliance.core.protection import client_ip, rate_limit

from .. import services, switches
from ..forms import SignForm
from ..models import Signature

SUGGESTIONS_KEY = "declaration:authority-suggestions"


def _suggestions():
    """Names of the registry's authorities for the form's list of suggestions (cached)."""
    names = cache.get(SUGGESTIONS_KEY)
    if names is None:
        names = list(Authority.objects.order_by("name").values_list("name", flat=True).distinct()[:3000])
        cache.set(SUGGESTIONS_KEY, names, timeout=600)
    return names


def _client_ip(request):
    address = client_ip(request)
    return None if address == "unknown" else address


def _form_page(request, form, status=200, message=""):
    return render(
        request,
        "declaration/sign.html",
        {"form": form, "suggestions": _suggestions(), "limit_message": message},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def sign(request):
    if switches.signing_paused():
        return render(request, "declaration/paused.html", status=503 if request.method == "POST" else 200)
    if request.method == "GET":
        initial = {}
        slug = request.GET.get("authority", "")[:220]
        if slug:
            authority = Authority.objects.filter(slug=slug).first()
            if authority:
                initial = {
                    "authority_name": authority.name,
                    "country": authority.country_id,
                    "level": authority.level,
                }
        return _form_page(request, SignForm(initial=initial))
    form = SignForm(request.POST)
    if not form.is_valid():
        return _form_page(request, form, status=400)
    message = rate_limit(request, "declaration-sign", email=form.cleaned_data["email"])
    if message:
        return _form_page(request, form, status=429, message=message)
    signature = form.save(commit=False)
    signature.language = (get_language() or "en")[:2]
    try:
        services.sign(signature, _client_ip(request))
    except services.DuplicateSignature:
        resent = services.resend_confirmation(signature)
        return render(request, "declaration/duplicate.html", {"form": form, "resent": resent}, status=409)
    return redirect("declaration:signed")


def signed(request):
    return render(request, "declaration/signed.html")


def _read(request, purpose, token, max_age):
    try:
        return read_link_token(purpose, token, max_age), ""
    except LinkExpired:
        return None, "expired"
    except LinkInvalid:
        return None, "invalid"


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    pk, problem = _read(request, services.CONFIRM_PURPOSE, token, services.CONFIRM_MAX_AGE)
    signature = Signature.objects.filter(pk=pk).first() if pk else None
    if signature is None:
        return render(
            request,
            "declaration/link_problem.html",
            {"problem": problem or "invalid"},
            status=410 if problem == "expired" else 404,
        )
    if request.method == "POST":
        signature, changed = services.confirm(signature.pk)
        return render(request, "declaration/confirmed.html", {"signature": signature, "changed": changed})
    return render(request, "declaration/confirm.html", {"signature": signature, "token": token})


@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    pk, problem = _read(request, services.WITHDRAW_PURPOSE, token, services.WITHDRAW_MAX_AGE)
    signature = Signature.objects.filter(pk=pk).first() if pk else None
    if signature is None:
        return render(request, "declaration/link_problem.html", {"problem": problem or "invalid"}, status=404)
    if request.method == "POST":
        signature, changed = services.withdraw(signature.pk)
        return render(request, "declaration/withdrawn.html", {"signature": signature, "changed": changed})
    return render(request, "declaration/withdraw.html", {"signature": signature, "token": token})
