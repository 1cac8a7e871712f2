from django.apps import apps
from django.urls import NoReverseMatch, reverse
from wagtail.models import Locale

from .models import TerminologyNote
from .navigation import sections

NEWS = "page:news.NewsIndexPage"


def _url_or_none(name):
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def site_shell(request):
    """What the layout shows on every page: navigation, the live counter, the terminology note."""
    if request.path.startswith("/admin/"):
        return {}
    from alliance.participants.counters import participant_count

    try:
        locale = Locale.get_active()
        note = TerminologyNote.objects.filter(locale=locale).first()
    except Locale.DoesNotExist:
        note = None
    nav = sections(request.path)
    news_index = next((item["url"] for item in nav if item["target"] == NEWS), None)
    return {
        "nav_sections": nav,
        "alliance_count": participant_count(),
        "terminology_note": note,
        "join_available": apps.is_installed("alliance.applications"),
        "news_feed_url": f"{news_index}feed/rss/" if news_index else None,
        "search_url": _url_or_none("search:index"),
    }
