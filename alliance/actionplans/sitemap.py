"""The dashboard of the action plans and the published plans, for the sitemap."""

from django.utils import timezone

from alliance.site.sitemap import in_each_language

from .models import ActionPlan


def plans():
    yield in_each_language("actionplans:index")
    for pk, updated_at in ActionPlan.objects.public().values_list("pk", "updated_at"):
        yield in_each_language("actionplans:detail", args=[pk], lastmod=timezone.localdate(updated_at))
