"""The figures of a programme as of one day: its headline, by country, by step, funded projects.

Named records and reported totals are kept apart all the way to the page, so the infographic
can say which number comes from which; a reported total never becomes invented municipalities.
The headline is the latest total reported over all countries: earlier totals are history, not
a second figure. Every country that headline covers is charted, even without a figure of its
own. Steps are cumulative: a municipality that reached a later step has passed the earlier ones.
"""

from dataclasses import dataclass, field

from .models import STEP_ORDER, ProgrammeParticipation, ReportedTotal, Step


@dataclass
class CountryFigures:
    country: object
    named: int = 0
    stopped: int = 0
    steps: dict = field(default_factory=lambda: {step: 0 for step in STEP_ORDER})
    reported: object = None  # the latest ReportedTotal for this country, if any

    @property
    def only_in_headline(self):
        """A country the headline total covers, with no figure of its own published."""
        return self.named == 0 and self.reported is None

    @property
    def municipalities(self):
        """The number to show: the reported total when there is one, else the named records."""
        if self.reported is not None and self.reported.municipalities >= self.named:
            return self.reported.municipalities
        return self.named

    @property
    def from_reported_total(self):
        return self.reported is not None and self.reported.municipalities >= self.named

    @property
    def step_counts(self):
        return [self.steps[step] for step in STEP_ORDER]


@dataclass
class Snapshot:
    programme: object
    as_of: object
    countries: list
    overall_totals: list  # reported totals over all countries, latest first
    funded: list  # StepRecords of funded projects
    step_totals: dict

    @property
    def started(self):
        start = self.programme.started_on
        return start is None or start <= self.as_of

    @property
    def headline(self):
        """The latest total reported over all countries, or None."""
        return self.overall_totals[0] if self.overall_totals else None

    @property
    def named_total(self):
        return sum(row.named for row in self.countries)

    @property
    def steps(self):
        return [(value, label, self.step_totals[value]) for value, label in Step.choices]

    @property
    def is_empty(self):
        return not self.countries and not self.overall_totals


def snapshot(programme, as_of):
    rows = {}
    participations = (
        ProgrammeParticipation.objects.filter(programme=programme)
        .as_of(as_of)
        .select_related("authority__country")
        .prefetch_related("steps")
    )
    funded = []
    step_totals = {step: 0 for step in STEP_ORDER}
    for participation in participations:
        country = participation.authority.country
        row = rows.setdefault(country.pk, CountryFigures(country=country))
        row.named += 1
        if participation.stopped_by(as_of):
            row.stopped += 1
        reached = [record for record in participation.steps.all() if record.reached_on <= as_of]
        furthest = max((STEP_ORDER.index(record.step) for record in reached), default=-1)
        for step in STEP_ORDER[: furthest + 1]:
            row.steps[step] += 1
            step_totals[step] += 1
        funded += [record for record in reached if record.step == Step.PROJECTS_FUNDED]

    totals = (
        ReportedTotal.objects.filter(programme=programme, period_end__lte=as_of)
        .select_related("country", "phase")
        .prefetch_related("countries_covered")
        .order_by("-period_end", "-period_start")
    )
    overall = []
    for total in totals:
        if total.country_id is None:
            overall.append(total)
            continue
        row = rows.setdefault(total.country_id, CountryFigures(country=total.country))
        if row.reported is None:  # the latest report wins
            row.reported = total
    if overall:
        for country in overall[0].countries_covered.all():
            rows.setdefault(country.pk, CountryFigures(country=country))
    countries = sorted(rows.values(), key=lambda row: (-row.municipalities, row.country.name))
    funded.sort(
        key=lambda record: (record.participation.authority.country.name, record.participation.authority.name)
    )
    return Snapshot(programme, as_of, countries, overall, funded, step_totals)
