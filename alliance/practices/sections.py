"""What good practices add to a participant's profile and to its focal point's members area."""

from django.urls import reverse

from .models import GoodPractice


def profile_section(authority, request):
    practices = list(GoodPractice.objects.public().filter(authority=authority)[:10])
    if not practices:
        return None
    return {
        "order": 60,
        "template": "practices/profile_section.html",
        "context": {
            "practices": practices,
            "more_url": f"{reverse('practices:index')}?authority={authority.slug}",
        },
    }


def members_section(focal_point, request):
    practices = GoodPractice.objects.filter(authority=focal_point.authority).order_by("-updated_at")
    return {
        "order": 20,
        "template": "practices/members_section.html",
        "context": {"practices": list(practices[:20])},
    }
