"""What action plans add to a participant's profile and to its focal point's members area."""

from .models import ActionPlan


def profile_section(authority, request):
    plans = list(ActionPlan.objects.public().filter(authority=authority).prefetch_related("measures"))
    if not plans:
        return None
    return {"order": 55, "template": "actionplans/profile_section.html", "context": {"plans": plans}}


def members_section(focal_point, request):
    plans = ActionPlan.objects.filter(authority=focal_point.authority).order_by("-first_year", "-updated_at")
    return {
        "order": 15,
        "template": "actionplans/members_section.html",
        "context": {"plans": list(plans[:20])},
    }
