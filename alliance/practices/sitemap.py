"""The published good practices, for the sitemap."""

from alliance.site.sitemap import in_each_language

from .models import GoodPractice


def practices():
    for pk, updated_at in GoodPractice.objects.public().values_list("pk", "updated_at"):
        yield in_each_language("practices:detail", args=[pk], lastmod=updated_at.date())
