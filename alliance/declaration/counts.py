"""The counter "N signatories from M countries" and the counts by country.

Counted from the verified signatures themselves (an index covers status and country), never from a
counter row that every signature would have to update. Figures are cached under a generation number
that a change to a verified signature bumps, so every page and language shows the same figure.
"""

import dataclasses

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count

from .models import Signature

GENERATION_KEY = "declaration:counts:generation"


@dataclasses.dataclass(frozen=True)
class SignatoryCount:
    signatories: int
    countries: int


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    return generation


def refresh():
    """Forget every cached figure (called when a signature becomes public or stops being so)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def refresh_on_commit():
    refresh()
    transaction.on_commit(_refresh_and_warm)


def _refresh_and_warm():
    # The change that asked for it pays for the recount, not the next visitor.
    refresh()
    by_country()


def by_country():
    """{country_id: number of verified signatures}, cached."""
    key = f"declaration:counts:{_generation()}:by-country"
    cached = cache.get(key)
    if cached is None:
        rows = Signature.objects.public().values_list("country_id").annotate(n=Count("*")).order_by()
        cached = dict(rows)
        cache.set(key, cached, timeout=24 * 3600)
    return cached


def signatory_count():
    counts = by_country()
    return SignatoryCount(sum(counts.values()), len(counts))
