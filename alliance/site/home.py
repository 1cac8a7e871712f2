"""What the home page shows of the Alliance's work: latest news, the Declaration, programmes, events.

The site app sits below the apps that hold that work, so each registers a section here from its
AppConfig.ready(). A section with nothing to show returns None and is left out, so the home page
never shows a row of empty boxes.
"""

_sections = []


def register(func):
    """func(request) -> None or {"order": int, "template": str, "context": dict}."""
    _sections.append(func)
    return func


def sections(request):
    found = [section for func in _sections if (section := func(request))]
    return sorted(found, key=lambda section: section.get("order", 100))
