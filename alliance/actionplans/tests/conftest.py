"""Action plans' fixtures: the focal points' personas, a plan in any state, private storage."""

import datetime

import pytest

from alliance.actionplans.models import ActionPlan, Area, Measure, Status
from alliance.applications.tests.conftest import TINY_PDF, pdf_file  # noqa: F401
from alliance.focalpoints.tests.conftest import (  # noqa: F401  (fixtures shared with focal points)
    focal_client,
    focal_point,
    heraklion,
    other_focal_point,
    strasbourg,
)


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRIVATE_STORAGE_ROOT


def make_plan(authority, status=Status.PUBLISHED, *, measures=(Area.EDUCATION,), **fields):
    values = {
        "title": "Local Action Plan for Roma Inclusion",
        "first_year": 2024,
        "last_year": 2027,
        "adopted_by": "Municipal council",
        "adopted_on": datetime.date(2024, 2, 15),
    }
    values.update(fields)
    if status == Status.PUBLISHED:
        values.setdefault("published_at", datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC))
    plan = ActionPlan.objects.create(authority=authority, status=status, **values)
    for number, area in enumerate(measures, start=1):
        Measure.objects.create(
            plan=plan,
            title=f"Measure {number}",
            area=area,
            description="School mediators visit families every week.",
            budget=25000,
            responsible_body="Department of education",
            roma_involvement="Two Roma mediators are hired and plan the visits.",
            order=number,
        )
    return plan


def plan_data(**overrides):
    """The members' form as a focal point fills it in: the plan and one measure."""
    data = {
        "title": "Local Action Plan for Roma Inclusion 2025–2028",
        "language": "en",
        "summary": "Pre-school, housing repairs and mediators.",
        "first_year": "2025",
        "last_year": "2028",
        "adopted_by": "Municipal council",
        "adopted_on": "2025-01-30",
        "measures-TOTAL_FORMS": "1",
        "measures-INITIAL_FORMS": "0",
        "measures-MIN_NUM_FORMS": "0",
        "measures-MAX_NUM_FORMS": "60",
        "measures-0-title": "Free pre-school places",
        "measures-0-area": "education",
        "measures-0-description": "Forty places in the municipal kindergartens for Roma children.",
        "measures-0-budget": "120000",
        "measures-0-funding_source": "Municipal budget and ESF+",
        "measures-0-responsible_body": "Department of education",
        "measures-0-starts_on": "2025-09-01",
        "measures-0-ends_on": "2028-06-30",
        "measures-0-roma_involvement": "Roma parents sit on the steering group.",
    }
    data.update(overrides)
    return data


def make_report(plan, due_on, status=Status.PUBLISHED, *, submitted_on=None, measure_status="ongoing"):
    """A report on `plan` for `due_on`, first submitted on `submitted_on` (default: the due date)."""
    from alliance.actionplans.models import Indicator, MeasureProgress, ProgressReport

    submitted = datetime.datetime.combine(submitted_on or due_on, datetime.time(12), tzinfo=datetime.UTC)
    report = ProgressReport.objects.create(
        plan=plan,
        due_on=due_on,
        status=status,
        results="Forty more Roma children attend pre-school.",
        roma_participation="Roma parents sat on the steering group.",
        first_submitted_at=None if status == Status.DRAFT else submitted,
        submitted_at=None if status == Status.DRAFT else submitted,
        published_at=submitted if status == Status.PUBLISHED else None,
    )
    for measure in plan.measures.all():
        MeasureProgress.objects.create(report=report, measure=measure, status=measure_status, spent=10000)
    Indicator.objects.create(
        report=report,
        name="Roma children in pre-school",
        unit="%",
        baseline=21,
        baseline_year=2023,
        value=48,
        value_year=2025,
    )
    return report


def make_dated_report(
    plan, due_on, *, submitted_on=None, status=Status.PUBLISHED, published_on=None, progress=()
):
    """For the dashboard: a report on `plan` for `due_on`, first submitted on `submitted_on`
    (None: never), published on `published_on` (by default the day after it was submitted) when
    `status` is published; `progress` gives (measure, status, spent) for the measures it covers."""
    from alliance.actionplans.models import MeasureProgress, ProgressReport

    def moment(day):
        return datetime.datetime.combine(day, datetime.time(10), tzinfo=datetime.UTC) if day else None

    if status == Status.PUBLISHED and published_on is None:
        published_on = (submitted_on or due_on) + datetime.timedelta(days=1)
    report = ProgressReport.objects.create(
        plan=plan,
        due_on=due_on,
        results="Forty more children go to pre-school.",
        roma_participation="A Roma parents' council met every month.",
        status=status,
        first_submitted_at=moment(submitted_on),
        submitted_at=moment(submitted_on),
        published_at=moment(published_on) if status == Status.PUBLISHED else None,
    )
    for measure, measure_status, spent in progress:
        MeasureProgress.objects.create(report=report, measure=measure, status=measure_status, spent=spent)
    return report
