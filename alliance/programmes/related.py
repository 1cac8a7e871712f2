"""Events and news about a programme or a national network, for their pages.

Events and news come after programmes and networks in the data flow, so this module reaches them
through the relations those apps declare, never by importing them: Event.programme and
Event.organiser_network (related_name "events"), NewsArticlePage.programmes and .networks
(related_name "news_articles").
"""

from alliance.core.languages import in_current_locale

NEWS_LIMIT = 20
EVENTS_LIMIT = 50


def events_of(obj):
    """The object's events in the current language, the latest first."""
    return list(obj.events.in_current_language().order_by("-start_date")[:EVENTS_LIMIT])


def news_about(obj):
    """Published news about the object, in the current language. Links are set on one language's
    article; its translations share its translation key."""
    articles = obj.news_articles
    keys = articles.values("translation_key")
    return list(
        articles.model.objects.live()
        .public()
        .filter(in_current_locale(), translation_key__in=keys)
        .order_by("-date", "-first_published_at")[:NEWS_LIMIT]
    )
