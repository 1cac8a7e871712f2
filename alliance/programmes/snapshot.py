"""The figures of a programme as of one day: by country, by step, funded projects.

Named records and reported totals are kept apart all the way to the page, so the infographic
can say which number comes from which; a reported total never becomes invented municipalities.
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
        for record in participation.steps.all():
            if record.reached_on <= as_of:
                row.steps[record.step] += 1
                step_totals[record.step] += 1
                if record.step == Step.PROJECTS_FUNDED:
                    funded.append(record)

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
    countries = sorted(rows.values(), key=lambda row: (-row.municipalities, row.country.name))
    funded.sort(
        key=lambda record: (record.participation.authority.country.name, record.participation.authority.name)
    )
    return Snapshot(programme, as_of, countries, overall, funded, step_totals)
