"""The events, for the sitemap. An event is written once per language (its translations share a
translation key), each with its own address under its language's prefix."""

from django.utils import timezone, translation

from alliance.site.sitemap import Entry

from .models import Event


def events():
    groups = {}
    rows = Event.objects.values_list("translation_key", "locale__language_code", "slug", "updated_at")
    for key, code, slug, updated_at in rows:
        with translation.override(code):
            path = Event(slug=slug).get_absolute_url()
        versions, lastmod = groups.get(key, ({}, None))
        versions[code] = path
        groups[key] = (versions, max(filter(None, (lastmod, timezone.localdate(updated_at)))))
    return [Entry(versions, lastmod) for versions, lastmod in groups.values()]
