"""The news about a participant, shown on its profile."""

PROFILE_ORDER = 60
PROFILE_LIMIT = 5


def news_section(authority, request):
    from .teasers import news_about

    articles = news_about(authority, limit=PROFILE_LIMIT)
    if not articles:
        return None
    return {
        "order": PROFILE_ORDER,
        "template": "news/profile_section.html",
        "context": {"articles": articles},
    }
