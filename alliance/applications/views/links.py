"""Pages opened from links in emails: confirm a submission, add the information asked for.

A GET only shows a page with a button; the change happens on POST, so mail scanners that follow
links cannot confirm anything. A link that is expired, already used or broken gets a clear page.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from alliance.core.links import LinkExpired, LinkInvalid
from alliance.core.protection import rate_limit, render_rate_limited

from .. import links, services
from ..forms import SupplementForm
from ..models import CooperationProposal, JoinApplication, Status

MODELS = {"join": JoinApplication, "cooperate": CooperationProposal}
RESTART = {"join": _("Apply again"), "cooperate": _("Send a proposal again")}


def link_problem(request, kind, problem):
    context = {
        "problem": problem,
        "secretariat_email": settings.SECRETARIAT_EMAIL,
    }
    if problem != "used":
        context["restart_url"] = reverse(f"applications:{kind}")
        context["restart_label"] = RESTART[kind]
    return render(request, "core/link_problem.html", context, status=400 if problem == "invalid" else 410)


def confirmed(request, kind):
    return render(request, "applications/confirmed.html", {"kind": kind})


def supplement_added(request, kind):
    return render(request, "applications/supplement_added.html", {"kind": kind})


@require_http_methods(["GET", "POST"])
def confirm(request, kind, token):
    try:
        pk = links.read_confirm_token(kind, token)
    except LinkExpired:
        return link_problem(request, kind, "expired")
    except LinkInvalid:
        return link_problem(request, kind, "invalid")
    submission = MODELS[kind].objects.filter(pk=pk).first()
    if submission is None:
        return link_problem(request, kind, "invalid")
    if submission.status != Status.UNCONFIRMED:
        return link_problem(request, kind, "used")
    if request.method == "POST":
        submission, confirmed = services.confirm(MODELS[kind], pk)
        if not confirmed:
            return link_problem(request, kind, "used")
        # Redirect after the change, so that reloading the page does not send it again.
        return redirect(f"applications:{kind}_confirmed")
    return render(request, "applications/confirm.html", {"kind": kind, "submission": submission})


@require_http_methods(["GET", "POST"])
def supplement(request, kind, token):
    try:
        pk, information_round = links.read_supplement_token(kind, token)
    except LinkExpired:
        return link_problem(request, kind, "expired")
    except LinkInvalid:
        return link_problem(request, kind, "invalid")
    submission = MODELS[kind].objects.filter(pk=pk).first()
    if submission is None:
        return link_problem(request, kind, "invalid")
    if submission.status != Status.MORE_INFORMATION or submission.information_round != information_round:
        return link_problem(request, kind, "used")
    template = "applications/supplement.html"
    with_letter = kind == "join"
    if request.method == "POST":
        form = SupplementForm(request.POST, request.FILES, with_letter=with_letter)
        context = {"kind": kind, "submission": submission, "form": form}
        if form.is_valid():
            message = rate_limit(request, kind, email=submission.email)
            if message:
                return render_rate_limited(request, template, context, message)
            added = services.add_supplement(
                MODELS[kind],
                pk,
                information_round,
                form.cleaned_data["text"],
                form.cleaned_data.get("letter"),
            )
            if added is None:
                return link_problem(request, kind, "used")
            return redirect(f"applications:{kind}_more_added")
        return render(request, template, context)
    form = SupplementForm(with_letter=with_letter)
    return render(request, template, {"kind": kind, "submission": submission, "form": form})
