"""/sitemap.xml and /robots.txt: every public page and list, in each language it exists in, with
its other languages as hreflang alternates and the English version as x-default.

Each domain lists its own public pages in `<app>/sitemap.py` (a function returning entries); the
URL configuration hands those functions to the view, so this app imports none of them.
"""

import dataclasses
import datetime

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from alliance.core.links import absolute_url

# Lists and forms reached by a URL name; the same name gives each language's address.
LISTS = [
    "participants:directory",
    "participants:map",
    "participants:history",
    "declaration:index",
    "declaration:signatories",
    "declaration:sign",
    "programmes:index",
    "networks:index",
    "events:index",
    "practices:index",
    "library:index",
    "prizes:index",
    "applications:join",
    "applications:cooperate",
    "applications:contact",
    "subscriptions:subscribe",
    "opendata:index",
    "embed:index",
]
MAX_URLS = 50_000  # the sitemap protocol's limit for one file


@dataclasses.dataclass(frozen=True)
class Entry:
    versions: dict  # {language code: path}
    lastmod: datetime.date | None = None


def in_each_language(url_name, args=(), lastmod=None):
    """An entry for a page whose address comes from a URL name, in every language of the site."""
    versions = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                versions[code] = reverse(url_name, args=args)
            except NoReverseMatch:
                return None
    return Entry(versions, lastmod)


def lists():
    return [entry for name in LISTS if (entry := in_each_language(name))]


def wagtail_pages():
    """Every live public page of the site, its translations grouped together."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    groups = {}
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale").specific()
    for page in pages:
        path = page.get_url_parts()
        if path is None:
            continue
        groups.setdefault(page.translation_key, []).append((page.locale.language_code, path[2], page))
    entries = []
    for versions in groups.values():
        lastmod = max((p.last_published_at for _c, _u, p in versions if p.last_published_at), default=None)
        entries.append(Entry({code: url for code, url, _p in versions}, lastmod.date() if lastmod else None))
    return entries


@require_GET
def sitemap(request, sources=()):
    entries = [*wagtail_pages(), *lists(), *(entry for source in sources for entry in source())]
    urls = []
    for entry in entries:
        alternates = sorted((code, absolute_url(path)) for code, path in entry.versions.items())
        default = entry.versions.get(settings.LANGUAGE_CODE) or next(iter(entry.versions.values()))
        for _code, location in alternates:
            urls.append(
                {
                    "location": location,
                    "lastmod": entry.lastmod,
                    "alternates": alternates,
                    "x_default": absolute_url(default),
                }
            )
    urls.sort(key=lambda url: url["location"])
    body = render_to_string("site/sitemap.xml", {"urls": urls[:MAX_URLS]})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_GET
def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /en/focal-point/",
        "Disallow: /fr/focal-point/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
