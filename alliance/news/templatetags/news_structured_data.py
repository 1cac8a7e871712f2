"""An article as schema.org NewsArticle data (JSON-LD), for search engines."""

from django import template
from django.utils.html import strip_tags

from alliance.core.links import absolute_url
from alliance.site.seo import json_ld, publisher

register = template.Library()


@register.simple_tag(takes_context=True)
def article_json_ld(context, page):
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": strip_tags(page.standfirst),
        "datePublished": page.date.isoformat(),
        "inLanguage": page.locale.language_code,
        "url": absolute_url(page.get_url(request)),
        "mainEntityOfPage": absolute_url(page.get_url(request)),
        "publisher": publisher(),
        "author": publisher(),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.image_id:
        rendition = page.image.get_rendition("width-1200")
        data["image"] = absolute_url(rendition.url) if rendition.url.startswith("/") else rendition.url
    return json_ld(data)
