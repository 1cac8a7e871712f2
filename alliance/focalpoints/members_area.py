"""Extension point through which later domains add to a focal point's members area.

Focal points come before good practices in the data flow (README, "Architecture"), so this app
cannot import them; practices register their section here from their AppConfig.ready() instead.
The programme steps, which focal points may import, register here too.
"""

_sections = []


def register(func):
    """func(focal_point, request) -> None or {"order": int, "template": str, "context": dict};
    the template is included with `data` (the dict) and `focal_point`."""
    _sections.append(func)
    return func


def sections_for(focal_point, request):
    found = [section for func in _sections if (section := func(focal_point, request))]
    return sorted(found, key=lambda section: section.get("order", 100))
