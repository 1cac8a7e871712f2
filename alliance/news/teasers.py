"""The latest news for the home page, and news about a participant, network or programme."""

from alliance.core.languages import in_current_locale

from .models import NewsArticlePage


def _live_in_current_language():
    return (
        NewsArticlePage.objects.live()
        .public()
        .filter(in_current_locale())
        .order_by("-date", "-first_published_at")
    )


def latest(request, limit=3):
    return [_teaser(article, request) for article in _live_in_current_language()[:limit]]


def news_about(obj, limit=None):
    """Published articles, in the current language, about an authority, a national network or a
    programme. Links are set on one language's article; its translations share its translation key."""
    field = {
        "authorities.authority": "authorities",
        "networks.nationalnetwork": "networks",
        "programmes.programme": "programmes",
    }.get(obj._meta.label_lower)
    if field is None:
        raise TypeError(f"no news link to {obj._meta.label}")
    keys = NewsArticlePage.objects.filter(**{field: obj}).values("translation_key")
    articles = _live_in_current_language().filter(translation_key__in=keys)
    return list(articles[:limit] if limit else articles)


def _teaser(article, request):
    return {
        "title": article.title,
        "url": article.get_url(request),
        "date": article.date,
        "summary": article.standfirst,
    }
