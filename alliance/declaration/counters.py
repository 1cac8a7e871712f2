"""The counter "N signatories from M countries" and the counts by country.

Counted from the verified signatures themselves (an index covers status and country), never from a
counter row that every signature would have to update. Figures are cached under the generation that
the database bumps with any change involving a verified signature (`core/generations.py`), so every
page, language and process shows the same figure on the very next request.
"""

import dataclasses

from django.db import transaction
from django.db.models import Count

from alliance.core import generations

from .models import Signature

DOMAINS = ("signatures",)


@dataclasses.dataclass(frozen=True)
class SignatoryCount:
    signatories: int
    countries: int


def warm_on_commit():
    """Once the change commits, count again: the change that asked for it pays for the recount (in
    the shared cache, for every process), not the next visitor. Correctness needs no call: the
    generation that the database triggers bump already gives new figures."""
    transaction.on_commit(by_country)


def by_country():
    """{country_id: number of verified signatures}, cached under the signatures' generation."""

    def count():
        return dict(Signature.objects.public().values_list("country_id").annotate(n=Count("*")).order_by())

    return generations.cached("declaration:counts:by-country", DOMAINS, count)


def signatory_count():
    counts = by_country()
    return SignatoryCount(sum(counts.values()), len(counts))
