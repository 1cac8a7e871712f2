"""The adopted texts shown on the site, for the sitemap."""

from django.utils import timezone

from alliance.site.sitemap import in_each_language

from .models import AdoptedText


def texts():
    for pk, updated_at in AdoptedText.objects.public().values_list("pk", "updated_at"):
        yield in_each_language("library:detail", args=[pk], lastmod=timezone.localdate(updated_at))
