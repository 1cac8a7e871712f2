"""The main navigation: every section of the site, in the order a visitor meets them.

A section is either a URL name or, for sections that are Wagtail pages (news), "page:app.Model":
the live page of that type in the current language. A section appears once it exists, so the
menu never links to a missing page.
"""

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

SECTIONS = [
    (_("Participants"), "participants:directory"),
    (_("Declaration"), "declaration:index"),
    (_("Programmes"), "programmes:index"),
    (_("Networks"), "networks:index"),
    (_("Events"), "events:index"),
    (_("News"), "page:news.NewsIndexPage"),
    (_("Good practices"), "practices:index"),
    (_("Adopted texts"), "library:index"),
    (_("Contact"), "applications:contact"),
]


def section_url(target):
    if target.startswith("page:"):
        try:
            model = apps.get_model(target[5:])
        except LookupError:
            return None
        page = model.objects.live().filter(locale=Locale.get_active()).first()
        return page.url if page else None
    try:
        return reverse(target)
    except NoReverseMatch:
        return None


def sections(current_path):
    items = []
    for label, target in SECTIONS:
        url = section_url(target)
        if url:
            items.append(
                {"label": label, "url": url, "target": target, "current": current_path.startswith(url)}
            )
    return items
