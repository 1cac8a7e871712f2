"""The participants' profiles, for the sitemap: every authority that has taken part."""

from django.utils import timezone

from alliance.authorities.models import Authority
from alliance.site.sitemap import in_each_language


def profiles():
    authorities = Authority.objects.filter(participations__isnull=False).distinct()
    for slug, updated_at in authorities.values_list("slug", "updated_at"):
        yield in_each_language("participants:profile", args=[slug], lastmod=timezone.localdate(updated_at))
