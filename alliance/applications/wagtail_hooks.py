"""The secretariat's back office for applications, cooperation proposals and contact messages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from alliance.core.desk import DeskItem
from alliance.core.roles import is_moderator

from .models import ContactMessage, CooperationProposal, JoinApplication, Status
from .permissions import ReviewPolicy
from .views import review
from .views.erasure import ErasureView

for _model in (JoinApplication, CooperationProposal, ContactMessage):
    register_permission_policy(_model, ReviewPolicy(_model))


class ReviewViewSet(ModelViewSet):
    kind = "join"
    inspect_view_enabled = True
    copy_view_enabled = False
    history_view_class = review.ReviewHistoryView
    delete_view_class = ErasureView
    list_filter = ["status", "country"]
    # Nobody edits a submission (the policy refuses it); Wagtail still wants a form definition.
    form_fields = ["email"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "decide/<int:pk>/<str:decision>/",
                review.decide,
                {"kind": self.kind},
                name="decide",
            ),
        ]


class JoinApplicationViewSet(ReviewViewSet):
    model = JoinApplication
    name = "join_application"
    url_prefix = "applications/join"
    icon = "form"
    menu_label = _("Applications to join")
    inspect_view_class = review.JoinReviewView
    # The letter is offered as a download (after the permission check), never as a file address.
    inspect_view_fields_exclude = ["id", "letter", "information_round"]
    list_display = ["authority_name", "country", "applicant_name", "status", "submitted_at"]
    search_fields = ["authority_name", "applicant_name", "email"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("letter/<int:pk>/", review.letter, name="letter"),
            path("supplement-letter/<int:pk>/", review.supplement_letter, name="supplement_letter"),
        ]


class CooperationProposalViewSet(ReviewViewSet):
    model = CooperationProposal
    kind = "cooperate"
    name = "cooperation_proposal"
    url_prefix = "applications/cooperation"
    icon = "group"
    menu_label = _("Cooperation proposals")
    inspect_view_class = review.ProposalReviewView
    inspect_view_fields_exclude = ["id", "information_round"]
    list_display = ["organisation", "country", "contact_name", "status", "submitted_at"]
    search_fields = ["organisation", "contact_name", "email"]


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    name = "contact_message"
    url_prefix = "applications/contact"
    icon = "mail"
    menu_label = _("Contact messages")
    inspect_view_enabled = True
    copy_view_enabled = False
    history_view_class = review.ReviewHistoryView
    delete_view_class = ErasureView
    list_display = ["subject", "name", "email", "sent_at"]
    list_filter = ["language"]
    form_fields = ["email"]
    search_fields = ["subject", "name", "email", "message"]


class ApplicationsGroup(ModelViewSetGroup):
    menu_label = _("Applications")
    menu_icon = "form"
    menu_order = 250
    items = (JoinApplicationViewSet, CooperationProposalViewSet, ContactMessageViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return ApplicationsGroup()


# ---------------------------------------------------------------- audit log

STATUS_LABELS = dict(Status.choices)


class ChangeFormatter(LogFormatter):
    """'Approved (awaiting review → approved): message' — who and when are on the entry itself."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        old, new = data.get("from"), data.get("to")
        text = str(self.message)
        if old or new:
            text += f" ({STATUS_LABELS.get(old, old or '—')} → {STATUS_LABELS.get(new, new or '—')})"
        if data.get("accession_number"):
            text += " · " + str(_("accession number %(number)s") % {"number": data["accession_number"]})
        if data.get("message"):
            text += f": {data['message']}"
        return text


ACTIONS = {
    "applications.submit": (_("Submit"), _("Submitted")),
    "applications.confirm": (_("Confirm by email"), _("Confirmed by the sender's email")),
    "applications.approve": (_("Approve"), _("Approved")),
    "applications.reject": (_("Decline"), _("Declined")),
    "applications.ask_more": (_("Ask for more information"), _("Asked for more information")),
    "applications.supplement": (_("Add information"), _("Information added by the sender")),
    "applications.news_draft": (_("Prepare news"), _("Draft news item prepared for the editors")),
    "applications.contact": (_("Send message"), _("Message received and forwarded to the secretariat")),
    "applications.erase": (_("Erase"), _("Erased with its files, emails and personal data")),
}


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for code, (label, message) in ACTIONS.items():
        formatter = type("Formatter", (ChangeFormatter,), {"label": label, "message": message})
        actions.register_action(code)(formatter)


# ---------------------------------------------------------------- the secretariat's desk


@hooks.register("register_desk_item")
def applications_to_review(request):
    if not is_moderator(request.user):
        return None
    count = JoinApplication.objects.filter(status=Status.PENDING).count()
    url = f"{reverse('join_application:index')}?status={Status.PENDING}"
    return DeskItem(_("Applications to join to review"), count, url, order=10)


@hooks.register("register_desk_item")
def proposals_to_review(request):
    if not is_moderator(request.user):
        return None
    count = CooperationProposal.objects.filter(status=Status.PENDING).count()
    url = f"{reverse('cooperation_proposal:index')}?status={Status.PENDING}"
    return DeskItem(_("Cooperation proposals to review"), count, url, order=15)
