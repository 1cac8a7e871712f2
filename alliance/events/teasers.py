"""Upcoming events for the home page."""

from .models import Event


def upcoming(request, limit=3):
    events = Event.objects.in_current_language().select_related("country").upcoming()[:limit]
    return [
        {"title": event.title, "url": event.get_absolute_url(), "when": event.when, "place": event.where}
        for event in events
    ]


def events_of(obj, limit=None):
    """Events of a national network or a programme, in the current language, the latest first."""
    from alliance.networks.models import NationalNetwork

    field = "organiser_network" if isinstance(obj, NationalNetwork) else "programme"
    events = Event.objects.in_current_language().filter(**{field: obj}).select_related("country")
    events = events.order_by("-start_date")
    return list(events[:limit] if limit else events)
