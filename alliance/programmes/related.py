"""Events and news about a programme or a network, from apps further down the data flow.

The events app points at programmes and networks (Event.programme, Event.organiser_network, both
related_name "events"); the news app offers news_about(obj) (in services or teasers). Both are optional here: this app
must work, and be tested, before or without them, so they are looked up, never imported at load.
"""

from importlib import import_module


def events_of(obj):
    manager = getattr(obj, "events", None)
    if manager is None:
        return []
    events = manager.all()
    if hasattr(events, "in_current_language"):
        events = events.in_current_language()
    if hasattr(events.model, "start_date"):
        events = events.order_by("-start_date")
    return list(events[:50])


def news_about(obj):
    """Published news about the object, in the current language (news pages or teaser dicts)."""
    for module_name in ("alliance.news.services", "alliance.news.teasers"):
        try:
            module = import_module(module_name)
        except ImportError:
            continue
        finder = getattr(module, "news_about", None)
        if finder is not None:
            return list(finder(obj))[:20]
    return []
