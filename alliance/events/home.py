"""The latest and the next event on the home page, cached for the day until an event or a country
changes (the "events" and "countries" generations)."""

from django.utils import timezone

from alliance.core.generations import cached
from alliance.core.languages import current_language

from .models import Event


def latest_and_next(request):
    today = timezone.localdate()
    name = f"events:home:{current_language()}:{today.isoformat()}"
    upcoming, latest = cached(name, ["events", "countries"], lambda: _latest_and_next(today))
    if not (upcoming or latest):
        return None
    return {
        "order": 40,
        "template": "events/home_section.html",
        "context": {"next": upcoming, "latest": latest},
    }


def _latest_and_next(today):
    events = Event.objects.in_current_language().select_related("country")
    return events.upcoming(today).first(), events.past(today).first()
