"""Extension points through which later domains add to a participant's profile and directory.

Participants come before programmes, the Declaration, networks and the later domains in the data
flow (README, "Architecture"), so this app cannot import them; instead they register here from
their AppConfig.ready().
"""

_sections = []
_directory_filters = []


def register(func):
    """func(authority, request) -> None or {"order": int, "template": str, "context": dict}."""
    _sections.append(func)
    return func


def sections_for(authority, request):
    found = [section for func in _sections if (section := func(authority, request))]
    return sorted(found, key=lambda section: section.get("order", 100))


def register_directory_filter(name, label, choices, apply):
    """A directory filter: `name` is the query parameter, `label` its visible label,
    `choices()` returns [(value, label)], `apply(queryset_of_authorities, value)` filters it."""
    _directory_filters.append({"name": name, "label": label, "choices": choices, "apply": apply})


def directory_filters():
    return list(_directory_filters)
