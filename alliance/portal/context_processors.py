from django.urls import NoReverseMatch, reverse

from alliance.site import layout

from .navigation import shell_links

NEWS = "page:news.NewsIndexPage"
PRIVACY = "pages:privacy_notice"


def _url_or_none(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def site_shell(request):
    """What the layout shows on every page: navigation, the live counter, the terminology note,
    the secretariat's contact and the social links."""
    if request.path.startswith("/admin/"):
        return {}
    from alliance.participants.counters import participant_count

    nav, footer_links = shell_links(request)
    parts = layout.parts()
    news_index = next((item["url"] for item in nav if item["target"] == NEWS), None)
    return {
        "nav_sections": nav,
        "footer_links": footer_links,
        "alliance_count": participant_count(),
        "terminology_note": parts["terminology_note"],
        "secretariat_contact": parts["contact"],
        "social_links": parts["social"],
        "news_index_url": news_index,
        "news_feed_url": f"{news_index}feed/rss/" if news_index else None,
        "search_url": _url_or_none("search:index"),
        "subscribe_url": _url_or_none("subscriptions:subscribe"),
        "privacy_url": next((item["url"] for item in footer_links if item["target"] == PRIVACY), None),
    }
