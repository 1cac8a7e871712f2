"""The secretariat's screens: one submission with its letter and its history, and the decisions.

Every view checks that the user is a reviewer (moderators and administrators); Wagtail turns the
PermissionDenied into a redirect to the dashboard with a message.
"""

import mimetypes

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.views.generic import InspectView
from wagtail.admin.views.generic.history import HistoryView

from alliance.core.roles import is_moderator

from .. import matching, services
from ..forms import ApprovalForm, DecisionForm
from ..models import CooperationProposal, JoinApplication, Supplement

MODELS = {"join": JoinApplication, "cooperate": CooperationProposal}
NAMESPACES = {"join": "join_application", "cooperate": "cooperation_proposal"}


def _require_reviewer(user):
    if not is_moderator(user):
        raise PermissionDenied


class ReviewHistoryView(HistoryView):
    # Reviewers never edit a submission, yet they must see its history.
    any_permission_required = ["view"]


class SubmissionReviewView(InspectView):
    template_name = "applications/admin/review.html"
    kind = "join"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        namespace = NAMESPACES[self.kind]
        context.update(
            kind=self.kind,
            submission=submission,
            supplements=submission.supplements.all(),
            namespace=namespace,
            history_url=reverse(f"{namespace}:history", args=[submission.pk]),
            ask_form=DecisionForm(prefix="more", message_required=True),
            reject_form=DecisionForm(prefix="reject", message_required=True),
        )
        if self.kind == "join":
            matches = matching.suggested_matches(submission)
            context["approve_form"] = ApprovalForm(
                prefix="approve", matches=matches, suggested=matching.best_match(submission)
            )
            context["letter_url"] = reverse(f"{namespace}:letter", args=[submission.pk])
        else:
            context["approve_form"] = DecisionForm(prefix="approve")
        return context


class JoinReviewView(SubmissionReviewView):
    kind = "join"


class ProposalReviewView(SubmissionReviewView):
    kind = "cooperate"


@require_POST
def decide(request, kind, pk, decision):
    _require_reviewer(request.user)
    submission = get_object_or_404(MODELS[kind], pk=pk)
    inspect_url = reverse(f"{NAMESPACES[kind]}:inspect", args=[pk])
    if decision == "approve" and kind == "join":
        matches = matching.suggested_matches(submission)
        form = ApprovalForm(request.POST, prefix="approve", matches=matches)
    else:
        form = DecisionForm(request.POST, prefix=decision, message_required=decision in ("reject", "more"))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(inspect_url)
    message = form.cleaned_data["message"].strip()
    try:
        if decision == "approve" and kind == "join":
            services.approve(submission, request.user, form.chosen_authority(), message)
            done = _("Approved: %(name)s is now a participant.")
        elif decision == "approve":
            services.accept_proposal(submission, request.user, message)
            done = _("Accepted: %(name)s has been told.")
        elif decision == "reject":
            services.reject(submission, request.user, message)
            done = _("Declined: %(name)s has been told.")
        elif decision == "more":
            services.ask_for_more(submission, request.user, message)
            done = _("Asked %(name)s for more information.")
        else:
            raise Http404("no such decision")
    except services.ReviewError as error:
        messages.error(request, str(error))
        return redirect(inspect_url)
    messages.success(request, done % {"name": submission})
    return redirect(inspect_url)


def _private_file(field_file):
    if not field_file:
        raise Http404("no file")
    try:
        handle = field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404("file missing") from error
    filename = field_file.name.rsplit("/", 1)[-1]
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=mimetypes.guess_type(filename)[0] or "application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def letter(request, pk):
    _require_reviewer(request.user)
    application = get_object_or_404(JoinApplication, pk=pk)
    return _private_file(application.letter)


def supplement_letter(request, pk):
    _require_reviewer(request.user)
    supplement = get_object_or_404(Supplement, pk=pk)
    return _private_file(supplement.letter)
