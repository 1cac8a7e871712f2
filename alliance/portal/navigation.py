"""The main navigation and the footer's links: every section of the site, in the order a visitor
meets them.

A section is a URL name; "page:app.Model", the live page of that type in the current language
(news); or "pages:field", the page chosen in the "Pages in the navigation and footer" setting, in
the current language. A section appears once it exists, so no menu links to a missing page.

Every page shows these links, so their addresses are worked out once per language and host and
cached until a page, a site or a setting changes (the "pages" generation, see `core/generations.py`).
"""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from alliance.core.generations import cached
from alliance.core.languages import current_language, in_current_locale
from alliance.news.models import NewsIndexPage
from alliance.site.models import SitePages

# Sections that are Wagtail pages: the live page of that type in the current language.
PAGE_MODELS = {"page:news.NewsIndexPage": NewsIndexPage}

SECTIONS = [
    (_("About"), "pages:about"),
    (_("Participants"), "participants:directory"),
    (_("Declaration"), "declaration:index"),
    (_("Programmes"), "programmes:index"),
    (_("Networks"), "networks:index"),
    (_("Events"), "events:index"),
    (_("News"), "page:news.NewsIndexPage"),
    (_("Good practices"), "practices:index"),
    (_("Adopted texts"), "library:index"),
    (_("Dosta! prize"), "prizes:index"),
]

FOOTER = [
    (_("About the Alliance"), "pages:about"),
    (_("Privacy notice"), "pages:privacy_notice"),
    (_("Legal notice"), "pages:legal_notice"),
    (_("Accessibility statement"), "pages:accessibility_statement"),
    (_("Open data"), "opendata:index"),
    (_("The counter on your site"), "embed:index"),
    (_("Contact the secretariat"), "applications:contact"),
    (_("Focal-point sign-in"), "focalpoints:login"),
]


class Resolver:
    """Turns section targets into addresses, with one query for all the chosen pages."""

    def __init__(self, request):
        self.request = request
        self._chosen = None

    def chosen_pages(self):
        if self._chosen is None:
            choice = SitePages.objects.first() or SitePages()  # a page view never writes it
            ids = {
                name: getattr(choice, f"{name}_id")
                for name in ("about", "privacy_notice", "legal_notice", "accessibility_statement")
            }
            keys = dict(
                Page.objects.filter(pk__in=[i for i in ids.values() if i]).values_list(
                    "pk", "translation_key"
                )
            )
            localized = {
                page.translation_key: page
                for page in Page.objects.live()
                .public()
                .filter(in_current_locale(), translation_key__in=keys.values())
            }
            self._chosen = {name: localized.get(keys.get(pk)) for name, pk in ids.items()}
        return self._chosen

    def url(self, target):
        if target.startswith("pages:"):
            page = self.chosen_pages().get(target[6:])
            return page.get_url(self.request) if page else None
        if target.startswith("page:"):
            page = PAGE_MODELS[target].objects.live().filter(in_current_locale()).first()
            return page.get_url(self.request) if page else None
        try:
            return reverse(target)
        except NoReverseMatch:
            return None


def _addresses(request):
    """{target: address or None} for every section of the navigation and the footer."""
    resolver = Resolver(request)
    return {target: resolver.url(target) for _label, target in SECTIONS + FOOTER}


def _items(entries, addresses, current_path=None):
    items = []
    for label, target in entries:
        url = addresses.get(target)
        if url:
            current = current_path is not None and current_path.startswith(url)
            items.append({"label": label, "url": url, "target": target, "current": current})
    return items


def shell_links(request):
    """(main navigation, footer links) of the page being made."""
    name = f"navigation:{current_language()}:{request.get_host()}"
    addresses = cached(name, ["pages"], lambda: _addresses(request))
    return _items(SECTIONS, addresses, request.path), _items(FOOTER, addresses)
