from django import template
from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page

from alliance.core.languages import current_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """A link per language to the same page in that language, keeping the query string."""
    request = context.get("request")
    current = current_language()
    page = context.get("page")
    translations = context.get("language_versions") or {}
    if not translations and isinstance(page, Page) and request is not None:
        from alliance.site.seo import page_versions

        translations = page_versions(request, page)
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code]
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.inclusion_tag("site/head_meta.html", takes_context=True)
def page_summary(context, title=None, description=None):
    """Description, canonical and language-alternate links and Open Graph tags for the head.
    Wagtail pages give their own title and summary; other views pass them, and a view whose object
    has its own address in each language puts them in the context as `language_versions`."""
    from alliance.site.seo import summary

    versions = context.get("language_versions")
    return {"meta": summary(context["request"], context.get("page"), title, description, versions)}


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The Alliance as schema.org data (JSON-LD)."""
    from alliance.site.seo import json_ld, organization

    return json_ld(organization(context["request"]))
