"""Dosta! prize editions and winners from the public record (2013, 2015, 2017).

Winners are authorities of the registry: Heraklion and Kragujevac are found there when the
participants' demo created them; the others are added with their country.
"""

import datetime

from alliance.authorities.countries import ensure_countries
from alliance.programmes.registry import authority_named

from .models import PrizeEdition, PrizeWinner

D = datetime.date

# (year, awarded_on, [(name, country, rank or None)])
EDITIONS = [
    (2013, None, [("Obrnice", "CZ", None), ("Heraklion", "GR", None), ("Kocaeli", "TR", None)]),
    (
        2015,
        D(2015, 10, 21),
        [("Ghent", "BE", 1), ("Kragujevac", "RS", 2), ("Reggio nell'Emilia", "IT", 2), ("Madrid", "ES", 3)],
    ),
    (2017, D(2017, 10, 19), [("Şişli", "TR", None), ("Volos", "GR", None), ("Gliwice", "PL", None)]),
]


def load(command):
    ensure_countries()
    created = 0
    for year, awarded_on, winners in EDITIONS:
        edition, _ = PrizeEdition.objects.update_or_create(year=year, defaults={"awarded_on": awarded_on})
        for name, code, rank in winners:
            authority, new = authority_named(name, code)
            created += new
            PrizeWinner.objects.update_or_create(
                edition=edition, authority=authority, defaults={"rank": rank}
            )
    return f"{PrizeEdition.objects.count()} prize editions, {PrizeWinner.objects.count()} winners ({created} authorities created)"
