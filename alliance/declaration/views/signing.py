"""Signing the Declaration, confirming the signature by email, and withdrawing it."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from alliance.authorities.models import Authority
from alliance.core import generations
from alliance.core.languages import current_language, keep_across_languages, switching_language
from alliance.core.links import LinkExpired, LinkInvalid, link_problem_response, read_link_token
from alliance.core.once import AlreadyAccepted, accepted_once, already_accepted, render_already_received
from alliance.core.protection import client_ip, rate_limit, unchecked

from .. import services, switches
from ..forms import SignForm
from ..models import STANDING, Signature, Status


def _suggestions():
    """Names of the registry's authorities for the form's list of suggestions (cached)."""

    def names():
        return list(Authority.objects.order_by("name").values_list("name", flat=True).distinct()[:3000])

    return generations.cached("declaration:authority-suggestions", ["registry"], names)


def _client_ip(request):
    address = client_ip(request)
    return None if address == "unknown" else address


def _form_page(request, form, status=200, message=""):
    context = {"form": form, "suggestions": _suggestions(), "limit_message": message}
    return render(request, "declaration/sign.html", keep_across_languages(context), status=status)


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
    if switching_language(request):
        return _form_page(request, unchecked(SignForm(request.POST)))
    # Cheap refusals first: the client's address is counted before the form is checked.
    message = rate_limit(request, "declaration-sign")
    if message:
        return _form_page(request, unchecked(SignForm(request.POST)), status=429, message=message)
    form = SignForm(request.POST)
    if already_accepted(form):
        return _already_received(request)
    if not form.is_valid():
        return _form_page(request, form, status=400)
    message = rate_limit(request, "declaration-sign", email=form.cleaned_data["email"], by_address=False)
    if message:
        return _form_page(request, form, status=429, message=message)
    signature = form.save(commit=False)
    signature.language = current_language()
    try:
        with accepted_once(form, "declaration-sign"):
            try:
                services.sign(signature, _client_ip(request))
            except services.DuplicateSignature:
                # The same answer as a first signature: only the address on file hears of it.
                _answer_repeat(request, signature)
    except AlreadyAccepted:
        return _already_received(request)
    return redirect("declaration:signed")


def _answer_repeat(request, attempt):
    existing = services.find_duplicate(attempt)
    if existing is None or not existing.email:
        return
    # However often someone tries, the signer's mailbox hears of it a few times a day at most.
    if rate_limit(request, "declaration-signed-again", email=existing.email, by_address=False):
        return
    services.answer_repeat(attempt)


def _already_received(request):
    message = _(
        "We already have your signature. The email with the link to confirm it went to your address "
        "when you first sent it."
    )
    return render_already_received(
        request, message, next_url=reverse("declaration:signatories"), next_label=_("See the signatories")
    )


def signed(request):
    return render(request, "declaration/signed.html")


def _read(request, purpose, token, max_age):
    try:
        return read_link_token(purpose, token, max_age), ""
    except LinkExpired:
        return None, "expired"
    except LinkInvalid:
        return None, "invalid"


def _link_problem(request, problem):
    """The one page, and the one status, every app gives for a link it cannot use (core/links.py)."""
    return link_problem_response(
        request,
        problem or "invalid",
        restart_url=reverse("declaration:sign"),
        restart_label=_("Sign the Declaration again"),
    )


def _now(request, signature):
    """What is true of the signature now, for a link whose step is behind it."""
    return render(request, "declaration/signature_now.html", {"signature": signature})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    pk, problem = _read(request, services.CONFIRM_PURPOSE, token, services.CONFIRM_MAX_AGE)
    signature = Signature.objects.filter(pk=pk).first() if pk else None
    if signature is None:
        return _link_problem(request, problem)
    if signature.status != Status.UNCONFIRMED:
        return _now(request, signature)
    if request.method == "POST":
        signature, changed = services.confirm(signature.pk)
        if not changed:
            return _now(request, signature)
        return render(request, "declaration/confirmed.html", {"signature": signature, "changed": changed})
    return render(request, "declaration/confirm.html", {"signature": signature, "token": token})


@require_http_methods(["GET", "POST"])
def withdraw(request, token):
    pk, problem = _read(request, services.WITHDRAW_PURPOSE, token, services.WITHDRAW_MAX_AGE)
    signature = Signature.objects.filter(pk=pk).first() if pk else None
    if signature is None:
        return _link_problem(request, problem)
    if signature.status not in STANDING:
        return _now(request, signature)
    if request.method == "POST":
        signature, changed = services.withdraw(signature.pk)
        if not changed:
            return _now(request, signature)
        return render(request, "declaration/withdrawn.html", {"signature": signature, "changed": changed})
    return render(request, "declaration/withdraw.html", {"signature": signature, "token": token})
