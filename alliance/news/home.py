"""The latest news on the home page, cached until a page changes (the "pages" generation)."""

from alliance.core.generations import cached
from alliance.core.languages import current_language

from .teasers import latest


def latest_news(request):
    name = f"news:home:{current_language()}:{request.get_host()}"
    items = cached(name, ["pages"], lambda: latest(request, limit=3))
    if not items:
        return None
    return {"order": 10, "template": "news/home_section.html", "context": {"items": items}}
