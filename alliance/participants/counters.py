"""The headline counter, "N cities and regions from M countries", on any date.

Every page and every language reads the same function, so the figure is the same everywhere.
Figures are cached under a generation number that any change to a participation bumps.
"""

import dataclasses
import datetime

from django.core.cache import cache

from .models import Participation

GENERATION_KEY = "participants:counter:generation"


@dataclasses.dataclass(frozen=True)
class ParticipantCount:
    as_of: datetime.date
    participants: int
    countries: int


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    return generation


def refresh():
    """Forget every cached figure; called whenever a participation or authority changes."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def participant_count(as_of=None):
    day = as_of or datetime.date.today()
    key = f"participants:counter:{_generation()}:{day.isoformat()}"
    cached = cache.get(key)
    if cached is not None:
        return ParticipantCount(day, *cached)
    in_force = Participation.objects.on(day)
    participants = in_force.values("authority").distinct().count()
    countries = in_force.values("authority__country").distinct().count()
    cache.set(key, (participants, countries), timeout=24 * 3600)
    return ParticipantCount(day, participants, countries)
