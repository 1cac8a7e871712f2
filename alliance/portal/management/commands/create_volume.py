"""manage.py create_volume --authorities N [--participants P] [--signatures M] [--seed S]

Volume data for benchmarks: many authorities in the registry, a few thousand of them
participants, written with bulk_create so that 100,000 rows take seconds. The same seed gives
the same data. Generated names start with "Volume" so they are never taken for real ones.
"""

import datetime
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from alliance.authorities.countries import ensure_countries
from alliance.authorities.models import Authority, Country, Kind, Level
from alliance.core.folding import fold, natural_sort_key
from alliance.declaration.volume import create_signatures
from alliance.participants.models import Participation

SYLLABLES = [
    "ko",
    "rç",
    "ë",
    "şiş",
    "li",
    "var",
    "na",
    "bel",
    "grad",
    "ost",
    "ro",
    "vić",
    "ský",
    "ła",
    "dorf",
    "mar",
    "sen",
    "ió",
    "ün",
]
BATCH = 2000


class Command(BaseCommand):
    help = "Create volume data (authorities, participations, signatures) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--authorities", type=int, default=100_000)
        parser.add_argument("--participants", type=int, default=5_000)
        parser.add_argument("--signatures", type=int, default=0)
        parser.add_argument("--seed", type=int, default=2013)

    def handle(self, *args, authorities, participants, signatures, seed, **options):
        self.verbosity = options["verbosity"]
        rng = random.Random(seed)
        ensure_countries()
        countries = list(Country.objects.order_by("code"))
        start = Authority.objects.filter(slug__startswith="volume-").count()
        created = self._authorities(rng, countries, start, authorities)
        joined = self._participations(rng, min(participants, authorities))
        self.stdout.write(f"{created} authorities and {joined} participations created (seed {seed}).")
        if signatures:
            create_signatures(signatures, seed, self.stdout)

    def _authorities(self, rng, countries, start, count):
        levels, kinds = [Level.LOCAL, Level.REGIONAL], [choice for choice, _label in Kind.choices]
        created = 0
        for first in range(start, count, BATCH):
            batch = []
            for number in range(first, min(first + BATCH, count)):
                stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
                name = f"Volume {stem} {number}"
                country = rng.choice(countries)
                batch.append(
                    Authority(
                        name=name,
                        slug=f"volume-{number}",
                        name_folded=fold(name),
                        country=country,
                        level=rng.choice(levels),
                        kind=rng.choice(kinds),
                        population=rng.randint(800, 900_000),
                        latitude=round(rng.uniform(36, 66), 4),
                        longitude=round(rng.uniform(-9, 40), 4),
                    )
                )
            with transaction.atomic():
                Authority.objects.bulk_create(batch)
            created += len(batch)
            if self.verbosity >= 2:
                self.stdout.write(f"  {first + len(batch)} of {count} authorities")
        return created

    def _participations(self, rng, count):
        have = Participation.objects.filter(authority__slug__startswith="volume-").count()
        if have >= count:
            return 0
        taken = set(Participation.objects.values_list("authority_id", flat=True))
        candidates = list(
            Authority.objects.filter(slug__startswith="volume-")
            .exclude(pk__in=taken)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        chosen = rng.sample(candidates, min(count - have, len(candidates)))
        next_number = (
            Participation.objects.order_by("-accession_number")
            .values_list("accession_number", flat=True)
            .first()
            or 0
        ) + 1
        start, span = (
            datetime.date(2013, 3, 20),
            (datetime.date(2025, 12, 31) - datetime.date(2013, 3, 20)).days,
        )
        days = sorted(start + datetime.timedelta(days=rng.randint(0, span)) for _ in chosen)
        copies = {
            row[0]: row[1:]
            for row in Authority.objects.filter(pk__in=chosen).values_list(
                "pk", "name_folded", "country_id", "level"
            )
        }
        batch = []
        for offset, (pk, joined_on) in enumerate(zip(chosen, days, strict=True)):
            # About one participant in twenty has left again.
            left_on = (
                joined_on + datetime.timedelta(days=rng.randint(30, 2000)) if rng.random() < 0.05 else None
            )
            name_folded, country_id, level = copies[pk]
            batch.append(
                Participation(
                    authority_id=pk,
                    accession_number=next_number + offset,
                    joined_on=joined_on,
                    left_on=left_on,
                    # bulk_create skips save(), which keeps these copies in step.
                    name_folded=name_folded,
                    name_sort=natural_sort_key(name_folded),
                    country_id=country_id,
                    level=level,
                )
            )
        with transaction.atomic():
            Participation.objects.bulk_create(batch, batch_size=BATCH)
        return len(batch)
