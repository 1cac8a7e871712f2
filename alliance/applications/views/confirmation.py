"""Pages opened from links in emails: confirm a submission, add the information asked for.

A GET only shows a page with a button; the change happens on POST, so mail scanners that follow
links cannot confirm anything. A link that is expired, already used or broken gets a clear page.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from alliance.core.languages import keep_across_languages, switching_language
from alliance.core.links import LinkExpired, LinkInvalid, link_problem_response
from alliance.core.protection import rate_limit, render_rate_limited, unchecked

from .. import links, services
from ..forms import SupplementForm
from ..models import CooperationProposal, JoinApplication, Status

MODELS = {"join": JoinApplication, "cooperate": CooperationProposal}
RESTART = {"join": _("Apply again"), "cooperate": _("Send a proposal again")}


def link_problem(request, kind, problem):
    if problem == "used":
        return link_problem_response(request, problem)
    return link_problem_response(
        request, problem, restart_url=reverse(f"applications:{kind}"), restart_label=RESTART[kind]
    )


def submission_now(request, kind, submission):
    """What is true of the submission now, for a link whose step is behind it."""
    context = {"kind": kind, "submission": submission, "secretariat_email": settings.SECRETARIAT_EMAIL}
    # Gone: the link's step is behind it, whatever the submission's state now.
    return render(request, "applications/submission_now.html", context, status=410)


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
        return submission_now(request, kind, submission)
    if request.method == "POST":
        submission, confirmed = services.confirm(MODELS[kind], pk)
        if not confirmed:
            return submission_now(request, kind, submission)
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
        return submission_now(request, kind, submission)
    template = "applications/supplement.html"
    with_letter = kind == "join"
    if switching_language(request):
        form = unchecked(SupplementForm(request.POST, request.FILES, with_letter=with_letter))
        return render(
            request, template, keep_across_languages({"kind": kind, "submission": submission, "form": form})
        )
    if request.method == "POST":
        # Cheap refusals first: the rate limit is counted before the upload is looked at.
        message = rate_limit(request, kind, email=submission.email)
        if message:
            context = {"kind": kind, "submission": submission}
            context["form"] = SupplementForm(request.POST, request.FILES, with_letter=with_letter)
            return render_rate_limited(request, template, keep_across_languages(context), message)
        form = SupplementForm(request.POST, request.FILES, with_letter=with_letter)
        context = {"kind": kind, "submission": submission, "form": form}
        if form.is_valid():
            added = services.add_supplement(
                MODELS[kind],
                pk,
                information_round,
                form.cleaned_data["text"],
                form.cleaned_data.get("letter"),
            )
            if added is None:
                return submission_now(request, kind, MODELS[kind].objects.get(pk=pk))
            return redirect(f"applications:{kind}_more_added")
        return render(request, template, keep_across_languages(context), status=400)
    form = SupplementForm(with_letter=with_letter)
    context = {"kind": kind, "submission": submission, "form": form}
    return render(request, template, keep_across_languages(context))
