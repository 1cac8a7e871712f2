"""The headline counter, "N cities and regions from M countries", on any date.

Every page and every language reads the same function, so the figure is the same everywhere.
Figures are cached under the generations of the registry and the countries (`core/generations.py`):
any change to a participation, an authority or a country, however it is made, gives new figures on
the very next request in every process.
"""

import dataclasses
import datetime

from django.utils import timezone

from alliance.core import generations

from .models import Participation

DOMAINS = ("registry", "countries")


@dataclasses.dataclass(frozen=True)
class ParticipantCount:
    as_of: datetime.date
    participants: int
    countries: int


def participant_count(as_of=None):
    day = as_of or timezone.localdate()

    def count():
        in_force = Participation.objects.on(day)
        return in_force.values("authority").distinct().count(), in_force.values(
            "authority__country"
        ).distinct().count()

    return ParticipantCount(
        day, *generations.cached(f"participants:counter:{day.isoformat()}", DOMAINS, count)
    )


@dataclasses.dataclass(frozen=True)
class TimelineStep:
    """From `day` on (until the next step), this many participants from this many countries."""

    day: datetime.date
    participants: int
    countries: int
    joined: int
    left: int


def timeline():
    """Every day on which the counter changed, with its figures from that day on.

    One query and a sweep over the dates, so it stays quick with thousands of participations;
    cached under the same generations as the counter.
    """
    rows = generations.cached("participants:timeline", DOMAINS, _timeline_rows)
    return [TimelineStep(*row) for row in rows]


def _timeline_rows():
    rows = list(
        Participation.objects.values_list("authority_id", "authority__country_id", "joined_on", "left_on")
    )
    changes = {}
    for _authority, _country, joined_on, left_on in rows:
        changes.setdefault(joined_on, [0, 0])[0] += 1
        if left_on:
            changes.setdefault(left_on, [0, 0])[1] += 1
    members = {}  # authority -> number of participations in force (a rejoining authority counts once)
    per_country = {}  # country -> number of authorities in force
    joins = {}
    leaves = {}
    for authority, country, joined_on, left_on in rows:
        joins.setdefault(joined_on, []).append((authority, country))
        if left_on:
            leaves.setdefault(left_on, []).append((authority, country))
    steps = []
    for day in sorted(changes):
        # Joins first: a participation that starts and ends on the same day never counts.
        for authority, country in joins.get(day, []):
            if authority not in members:
                per_country[country] = per_country.get(country, 0) + 1
            members[authority] = members.get(authority, 0) + 1
        for authority, country in leaves.get(day, []):
            members[authority] -= 1
            if members[authority] == 0:
                del members[authority]
                per_country[country] -= 1
                if per_country[country] == 0:
                    del per_country[country]
        joined, left = changes[day]
        steps.append(TimelineStep(day, len(members), len(per_country), joined, left))
    return [dataclasses.astuple(step) for step in steps]


@dataclasses.dataclass(frozen=True)
class YearSummary:
    year: int
    participants: int  # at the end of the year, or today for the current year
    countries: int
    joined: int
    left: int


def by_year(steps, today):
    """The timeline in one row per year: a table that stays short however many changes there are."""
    years = {}
    for step in steps:
        if step.day > today:
            break
        summary = years.get(step.day.year)
        joined = step.joined + (summary.joined if summary else 0)
        left = step.left + (summary.left if summary else 0)
        years[step.day.year] = YearSummary(step.day.year, step.participants, step.countries, joined, left)
    if steps:
        last = None
        for year in range(steps[0].day.year, today.year + 1):
            if year in years:
                last = years[year]
            elif last is not None:
                years[year] = YearSummary(year, last.participants, last.countries, 0, 0)
    return [years[year] for year in sorted(years)]
