"""The national networks' pages, for the sitemap."""

from alliance.site.sitemap import in_each_language

from .models import NationalNetwork


def networks():
    for slug in NationalNetwork.objects.values_list("slug", flat=True):
        yield in_each_language("networks:detail", args=[slug])
