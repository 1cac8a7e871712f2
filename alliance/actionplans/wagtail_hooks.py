"""The secretariat's screens for action plans and progress reports: the lists, review (accept or
ask for changes), history, and the reports that are overdue."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import MenuItem
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from alliance.core.desk import DeskItem
from alliance.core.roles import is_moderator, moderators

from . import services
from .forms import ReviewForm
from .models import ActionPlan, ProgressReport, Status
from .schedule import overdue

# Moderators read plans, correct their wording and review them; nobody adds or deletes one here.
SECRETARIAT_ACTIONS = {"view", "change"}


class SecretariatPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in SECRETARIAT_ACTIONS and is_moderator(user)

    def users_with_any_permission(self, actions):
        if not SECRETARIAT_ACTIONS & set(actions):
            return get_user_model().objects.none()
        return moderators()


for _model in (ActionPlan, ProgressReport):
    register_permission_policy(_model, SecretariatPolicy(_model))

DONE = {
    "accept": gettext_lazy("Accepted and published."),
    "changes": gettext_lazy("Sent back; the focal points can read your message."),
    "withdraw": gettext_lazy("Withdrawn from the site."),
}


def review_view(request, pk):
    if not is_moderator(request.user):
        raise PermissionDenied
    plan = get_object_or_404(ActionPlan.objects.select_related("authority", "authority__country"), pk=pk)
    title = _("Review an action plan")
    context = {"plan": plan, "measures": plan.measures.all(), "header_title": title, "page_title": title}
    return _review(request, plan, "actionplans_admin:index", "actionplans/admin/review.html", context)


def report_review_view(request, pk):
    if not is_moderator(request.user):
        raise PermissionDenied
    report = get_object_or_404(ProgressReport.objects.select_related("plan__authority__country"), pk=pk)
    title = _("Review a progress report")
    context = {
        "report": report,
        "plan": report.plan,
        "progress": report.progress.select_related("measure"),
        "indicators": report.indicators.all(),
        "header_title": title,
        "page_title": title,
    }
    return _review(
        request, report, "actionplans_reports:index", "actionplans/admin/report_review.html", context
    )


def _review(request, item, index_url, template, context):
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision = form.cleaned_data["decision"]
        try:
            if decision == "accept":
                services.accept(item, request.user)
            elif decision == "changes":
                services.ask_for_changes(item, request.user, form.cleaned_data["message"])
            else:
                services.withdraw(item, request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, DONE[decision])
            return redirect(index_url)
    return TemplateResponse(request, template, {**context, "form": form})


def overdue_view(request):
    if not is_moderator(request.user):
        raise PermissionDenied
    title = _("Overdue progress reports")
    today = timezone.localdate()
    rows = [(plan, due, (today - due).days) for plan, due in overdue(today)]
    return TemplateResponse(
        request, "actionplans/admin/overdue.html", {"rows": rows, "header_title": title, "page_title": title}
    )


class ReviewIndexView(generic.IndexView):
    review_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if is_moderator(self.request.user):
            url = reverse(self.review_url_name, args=[instance.pk])
            buttons.append(MenuItem(_("Review"), url=url, icon_name="tick", priority=5))
        return buttons


class ActionPlanViewSet(ModelViewSet):
    model = ActionPlan
    icon = "list-ul"
    menu_label = gettext_lazy("Action plans")
    menu_order = 275
    add_to_admin_menu = True
    url_prefix = "actionplans/plan"
    name = "actionplans_admin"
    index_view_class = ReviewIndexView
    # Focal points write the plans; the secretariat sets the reporting cycle and may correct wording.
    form_fields = ["title", "summary", "report_every_years", "demonstration"]
    list_display = ["title", "authority", "period", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "authority__name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "authority",
        "title",
        "language",
        "period",
        "adopted_by",
        "adopted_on",
        "status",
        "review_message",
        "report_every_years",
        "submitted_at",
        "reviewed_at",
        "published_at",
        "demonstration",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("review/<int:pk>/", review_view, name="review"),
            path("overdue/", overdue_view, name="overdue"),
        ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(review_url_name="actionplans_admin:review", **kwargs)


class ProgressReportViewSet(ModelViewSet):
    model = ProgressReport
    icon = "doc-full"
    menu_label = gettext_lazy("Progress reports")
    menu_order = 276
    add_to_admin_menu = True
    url_prefix = "actionplans/report"
    name = "actionplans_reports"
    index_view_class = ReviewIndexView
    form_fields = ["results", "obstacles", "roma_participation"]
    list_display = ["plan", "due_on", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["plan__title", "plan__authority__name"]
    inspect_view_enabled = True
    inspect_view_fields = ["plan", "due_on", "status", "review_message", "first_submitted_at", "published_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("review/<int:pk>/", report_review_view, name="review")]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(review_url_name="actionplans_reports:review", **kwargs)


@hooks.register("register_admin_viewset")
def register_action_plans():
    return ActionPlanViewSet()


@hooks.register("register_admin_viewset")
def register_progress_reports():
    return ProgressReportViewSet()


@hooks.register("register_log_actions")
def register_plan_actions(actions):
    actions.register_action(
        "actionplans.submit", gettext_lazy("Submit for review"), gettext_lazy("Submitted for review")
    )
    actions.register_action(
        "actionplans.accept", gettext_lazy("Accept plan"), gettext_lazy("Plan accepted and published")
    )
    actions.register_action(
        "actionplans.ask_for_changes",
        gettext_lazy("Ask for changes"),
        gettext_lazy("Changes asked of the focal points"),
    )
    actions.register_action(
        "actionplans.withdraw", gettext_lazy("Withdraw plan"), gettext_lazy("Plan withdrawn from the site")
    )
    actions.register_action(
        "actionplans.report.submit", gettext_lazy("Submit for review"), gettext_lazy("Submitted for review")
    )
    actions.register_action(
        "actionplans.report.accept",
        gettext_lazy("Accept report"),
        gettext_lazy("Report accepted and published"),
    )
    actions.register_action(
        "actionplans.report.ask_for_changes",
        gettext_lazy("Ask for changes"),
        gettext_lazy("Changes asked of the focal points"),
    )
    actions.register_action(
        "actionplans.report.withdraw",
        gettext_lazy("Withdraw report"),
        gettext_lazy("Report withdrawn from the site"),
    )


@hooks.register("register_desk_item")
def plans_to_review(request):
    if not is_moderator(request.user):
        return None
    count = ActionPlan.objects.filter(status=Status.SUBMITTED).count()
    url = f"{reverse('actionplans_admin:index')}?status={Status.SUBMITTED}"
    return DeskItem(gettext_lazy("Action plans to review"), count, url, order=35)


@hooks.register("register_desk_item")
def reports_to_review(request):
    if not is_moderator(request.user):
        return None
    count = ProgressReport.objects.filter(status=Status.SUBMITTED).count()
    url = f"{reverse('actionplans_reports:index')}?status={Status.SUBMITTED}"
    return DeskItem(gettext_lazy("Progress reports to review"), count, url, order=36)


@hooks.register("register_desk_item")
def reports_overdue(request):
    if not is_moderator(request.user):
        return None
    return DeskItem(
        gettext_lazy("Overdue progress reports"),
        len(overdue()),
        reverse("actionplans_admin:overdue"),
        order=37,
    )
