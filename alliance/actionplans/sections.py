"""What action plans add to a participant's profile and to its focal point's members area."""

from django.utils import timezone

from .models import ActionPlan, Status
from .schedule import next_due


def profile_section(authority, request):
    plans = list(ActionPlan.objects.public().filter(authority=authority).prefetch_related("measures"))
    if not plans:
        return None
    return {"order": 55, "template": "actionplans/profile_section.html", "context": {"plans": plans}}


def members_section(focal_point, request):
    plans = list(
        ActionPlan.objects.filter(authority=focal_point.authority)
        .order_by("-first_year", "-updated_at")
        .prefetch_related("reports")[:20]
    )
    today = timezone.localdate()
    for plan in plans:
        reports = list(plan.reports.all())
        plan.report_list = reports
        plan.next_due = next_due(plan, reports) if plan.status == Status.PUBLISHED else None
        plan.next_due_is_late = bool(plan.next_due and plan.next_due < today)
    return {"order": 15, "template": "actionplans/members_section.html", "context": {"plans": plans}}
