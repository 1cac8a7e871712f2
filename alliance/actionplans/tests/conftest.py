"""Action plans' fixtures: the focal points' personas, a plan in any state, private storage."""

import datetime

import pytest

from alliance.actionplans.models import ActionPlan, Area, Measure, Status
from alliance.applications.tests.conftest import TINY_PDF, pdf_file  # noqa: F401
from alliance.focalpoints.tests.conftest import (  # noqa: F401  (fixtures shared with focal points)
    fast_passwords,
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
