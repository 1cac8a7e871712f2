"""The Declaration against anti-Gypsyism on the home page: how many have signed, and how to sign."""

from .counters import signatory_count


def declaration(request):
    return {
        "order": 20,
        "template": "declaration/home_section.html",
        "context": {"count": signatory_count()},
    }
