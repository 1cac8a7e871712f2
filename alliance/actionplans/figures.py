"""The Alliance-wide figures of the Local Action Plans, as they stood on any day.

Everything here is read from public records only, as they were public on that day: plans the
secretariat had published by then, and progress reports it had published by then. A report comes
"on time" when its first submission was on or before its due date; a due date is "late" from the
day after it when no report for it had been submitted by then (a report still under review that
came on time is therefore neither: it is not public yet, and its authority is not late).

A measure's status is the one given in the latest published report that speaks of it (by due
date); a measure no published report speaks of is "not reported".
"""

import dataclasses
import datetime
from collections import Counter
from decimal import Decimal

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Country
from alliance.participants.models import Participation

from .models import ActionPlan, Area, Measure, MeasureProgress, MeasureStatus, ProgressReport, Status

NOT_REPORTED = "not-reported"
# The statuses a measure can have on the dashboard, in the order of the charts and tables.
STATUSES = [*MeasureStatus.choices, (NOT_REPORTED, _("not reported"))]
# Plans by country, then authority, the latest first: the dashboard's list and the files' rows.
PLAN_ORDER = ("authority__country__code", "authority__name", "-first_year", "pk")


@dataclasses.dataclass(frozen=True)
class Filters:
    country: str = ""  # ISO 3166-1 alpha-2 code of the authority's country; "" for all
    area: str = ""  # an `Area` value; "" for all

    def plans(self, plans):
        if self.country:
            plans = plans.filter(authority__country__code=self.country)
        if self.area:
            plans = plans.filter(pk__in=Measure.objects.filter(area=self.area).values("plan"))
        return plans

    def measures(self, measures):
        return [measure for measure in measures if not self.area or measure.area == self.area]


def countries_with_plans():
    """The countries of the authorities that have a published plan, for the country filter."""
    countries = Country.objects.filter(authorities__action_plans__status=Status.PUBLISHED).distinct()
    return sorted(countries, key=lambda country: country.name)


def published_by(day, filters=Filters()):
    """The plans public on `day` (published by then), with their measures and authorities."""
    profile = Participation.objects.filter(authority=OuterRef("authority"))
    plans = filters.plans(ActionPlan.objects.public().filter(published_at__date__lte=day))
    return list(
        plans.select_related("authority", "authority__country")
        .annotate(has_profile=Exists(profile))
        .prefetch_related("measures")
        .order_by(*PLAN_ORDER)
    )


def in_force(plan, day):
    return plan.first_year <= day.year <= plan.last_year


def report_timeliness(plans, day):
    """{plan id: (on time, late)}: the reports due on or before `day` that came on time and were
    published by then, and the due dates before `day` for which no report came by the due date."""
    reports = {
        (report.plan_id, report.due_on): report
        for report in ProgressReport.objects.filter(plan__in=plans, due_on__lte=day).only(
            "plan_id", "due_on", "status", "first_submitted_at", "published_at"
        )
    }
    counts = {}
    for plan in plans:
        on_time = late = 0
        for due in plan.due_dates():
            if due > day:
                break
            report = reports.get((plan.pk, due))
            came_on_time = report is not None and report.on_time
            if came_on_time and report.is_public and timezone.localdate(report.published_at) <= day:
                on_time += 1
            elif due < day and not came_on_time:
                late += 1
        counts[plan.pk] = (on_time, late)
    return counts


def latest_progress(plans, day):
    """{measure id: MeasureProgress} from the latest report published by `day` that speaks of it."""
    progress = (
        MeasureProgress.objects.filter(
            measure__plan__in=plans,
            report__status=Status.PUBLISHED,
            report__published_at__date__lte=day,
        )
        .only("measure_id", "status", "spent", "report__due_on")
        .select_related("report")
        .order_by("report__due_on", "report__pk")
    )
    return {record.measure_id: record for record in progress}  # the latest one wins


@dataclasses.dataclass
class Dashboard:
    day: datetime.date
    filters: Filters
    plans: list  # the plans in force on that day, each with `on_time`, `late` and `measure_count`
    other_plans: list  # the other plans published by then: ended, or not begun
    participants: int
    on_time: int
    late: int
    areas: list  # one dict per area: counts by status, budget, spent
    statuses: list  # (value, label, count) for every status, all areas together
    countries: list  # one dict per country: plans, participants, measures, budget

    @property
    def measure_count(self):
        return sum(area["measures"] for area in self.areas)

    @property
    def budget(self):
        return sum((area["budget"] for area in self.areas), Decimal(0))

    @property
    def spent(self):
        return sum((area["spent"] for area in self.areas), Decimal(0))

    @property
    def demonstration(self):
        return any(plan.demonstration for plan in [*self.plans, *self.other_plans])


def dashboard(day, filters=Filters()):
    """The figures of `day` for the country and area chosen: five queries whatever the numbers."""
    published = published_by(day, filters)
    timeliness = report_timeliness(published, day)
    current = [plan for plan in published if in_force(plan, day)]
    progress = latest_progress(current, day)
    by_area = {value: _area_row(value, label) for value, label in Area.choices}
    by_country = {}
    for plan in current:
        plan.on_time, plan.late = timeliness[plan.pk]
        measures = filters.measures(plan.measures.all())
        plan.measure_count = len(measures)
        country = plan.authority.country
        row = by_country.setdefault(
            country.code,
            {"code": country.code, "label": country.name, "plans": 0, "authorities": set(), "measures": 0},
        )
        row["plans"] += 1
        row["authorities"].add(plan.authority_id)
        row["measures"] += len(measures)
        for measure in measures:
            area = by_area[measure.area]
            record = progress.get(measure.pk)
            status = record.status if record else NOT_REPORTED
            area["statuses"][status] += 1
            area["measures"] += 1
            area["budget"] += measure.budget or 0
            if record and record.spent is not None:
                area["spent"] += record.spent
    areas = [row for row in by_area.values() if row["measures"] or row["value"] == filters.area]
    for area in areas:
        area["by_status"] = [(value, label, area["statuses"][value]) for value, label in STATUSES]
    totals = Counter()
    for area in areas:
        totals.update(area["statuses"])
    countries = sorted(by_country.values(), key=lambda row: (-row["plans"], str(row["label"])))
    for row in countries:
        row["participants"] = len(row.pop("authorities"))
    return Dashboard(
        day=day,
        filters=filters,
        plans=current,
        other_plans=[plan for plan in published if not in_force(plan, day)],
        participants=len({plan.authority_id for plan in current}),
        on_time=sum(on_time for on_time, _late in timeliness.values()),
        late=sum(late for _on_time, late in timeliness.values()),
        areas=areas,
        statuses=[(value, label, totals[value]) for value, label in STATUSES],
        countries=countries,
    )


def _area_row(value, label):
    return {
        "value": value,
        "label": label,
        "statuses": Counter(),
        "measures": 0,
        "budget": Decimal(0),
        "spent": Decimal(0),
    }
