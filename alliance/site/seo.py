"""What search engines and link previews read on every page: the canonical address and its other
languages, a description, Open Graph tags and schema.org data (JSON-LD).

Addresses are absolute on the public base address (SITE_URL), whatever host the request came by.
"""

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from alliance.core.generations import cached
from alliance.core.languages import current_language
from alliance.core.links import absolute_url

OPEN_GRAPH_LOCALES = {"en": "en_GB", "fr": "fr_FR"}
DESCRIPTION_LENGTH = 200


def language_versions(request, page=None, versions=None):
    """{language code: path} of the page in each language it exists in. A view whose object has its
    own address in each language (an event, whose slug may differ) names them in `versions`."""
    if versions:
        return versions
    if isinstance(page, Page):
        return page_versions(request, page)
    return {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}


def page_versions(request, page):
    """{language code: path} of a Wagtail page's live, public translations, cached until a page
    changes (the "pages" generation): every page's head and language switch show them."""

    def read():
        versions = {}
        for translation in page.get_translations(inclusive=True).live().public().select_related("locale"):
            url = translation.get_url(request)
            if url:
                versions[translation.locale.language_code] = urlsplit(url).path
        return versions

    return cached(f"page-versions:{page.translation_key}:{request.get_host()}", ["pages"], read)


def summary(request, page=None, title=None, description=None, versions=None):
    """Title, description and addresses for the head of a page."""
    current = current_language()
    site_name = _("European Alliance of Cities and Regions for Roma Inclusion")
    if isinstance(page, Page):
        title = title or page.seo_title or page.title
        description = description or _page_description(page)
    description = Truncator(" ".join(strip_tags(description or "").split())).chars(DESCRIPTION_LENGTH)
    versions = language_versions(request, page, versions)
    canonical = versions.get(current, request.path)
    return {
        "title": title or site_name,
        "site_name": site_name,
        "description": description
        or _(
            "Cities and regions of Council of Europe member states working together for the "
            "inclusion of Roma and Travellers."
        ),
        "canonical": absolute_url(canonical),
        "alternates": [(code, absolute_url(path)) for code, path in sorted(versions.items())],
        "x_default": absolute_url(versions.get(settings.LANGUAGE_CODE, canonical)),
        "locale": OPEN_GRAPH_LOCALES.get(current, current),
        "other_locales": [OPEN_GRAPH_LOCALES.get(code, code) for code in versions if code != current],
        **_share_image(page, site_name),
        "type": "article" if getattr(page, "date", None) else "website",
    }


def _share_image(page, site_name):
    """The image of link previews: the page's own (a news article's picture) when it has one,
    else the site's card."""
    own = page.share_image() if hasattr(page, "share_image") else None
    if own:
        url = own["url"] if "://" in own["url"] else absolute_url(own["url"])
        return {
            "image": url,
            "image_width": own["width"],
            "image_height": own["height"],
            "image_alt": own["alt"] or site_name,
        }
    return {
        "image": absolute_url(static("site/share-card.png")),
        "image_width": 1200,
        "image_height": 630,
        "image_alt": site_name,
    }


def _page_description(page):
    for name in ("search_description", "standfirst", "mission", "introduction", "body"):
        value = getattr(page, name, "")
        if value:
            return str(value)
    return ""


def json_ld(data):
    """A <script type="application/ld+json"> block: data for search engines, never run by the
    browser, so the strict Content Security Policy (no inline script) does not apply to it.
    <, > and & are escaped as json_script does, so no value can close the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def organization(request):
    """The Alliance as a schema.org Organization."""
    from . import layout

    parts = layout.parts()
    contact, social = parts["contact"], parts["social"]
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": absolute_url("/#organization"),
        "name": "European Alliance of Cities and Regions for Roma Inclusion",
        "alternateName": "Alliance européenne des villes et des régions pour l'inclusion des Roms",
        "url": absolute_url("/"),
        "logo": absolute_url(static("site/apple-touch-icon.png")),
        "parentOrganization": {
            "@type": "Organization",
            "name": "Congress of Local and Regional Authorities of the Council of Europe",
        },
        "sameAs": [url for url in (social.facebook, social.x) if url],
    }
    if contact.email:
        data["email"] = contact.email
    if contact.phone:
        data["telephone"] = contact.phone
    if contact.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": contact.address.replace("\n", ", ")}
    return data


def publisher():
    """The Alliance as the publisher of a news article or a page."""
    return {
        "@type": "Organization",
        "@id": absolute_url("/#organization"),
        "name": "European Alliance of Cities and Regions for Roma Inclusion",
        "url": absolute_url("/"),
        "logo": {"@type": "ImageObject", "url": absolute_url(static("site/apple-touch-icon.png"))},
    }
