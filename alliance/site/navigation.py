"""The main navigation: every section of the site, in the order a visitor meets them.

A section appears once its address exists, so the menu never links to a missing page.
"""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

SECTIONS = [
    (_("Participants"), "participants:directory"),
    (_("Declaration"), "declaration:index"),
    (_("Programmes"), "programmes:index"),
    (_("Networks"), "networks:index"),
    (_("Events"), "events:index"),
    (_("News"), "news:index"),
    (_("Good practices"), "practices:index"),
    (_("Adopted texts"), "library:index"),
    (_("Contact"), "applications:contact"),
]


def sections(current_path):
    items = []
    for label, url_name in SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append({"label": label, "url": url, "current": current_path.startswith(url)})
    return items
