"""The programme pages, for the sitemap."""

from alliance.site.sitemap import in_each_language

from .models import Programme


def programmes():
    for slug in Programme.objects.values_list("slug", flat=True):
        yield in_each_language("programmes:detail", args=[slug])
