"""Focal points are reminded of a progress report before it is due and once when it is late; each
reminder goes out once, however often the periodic job runs."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from alliance.actionplans.schedule import send_reminders
from alliance.core.models import OutboundEmail

from .conftest import make_plan, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(focal_point):
    return make_plan(
        focal_point.authority, adopted_on=datetime.date(2024, 3, 1), first_year=2024, last_year=2029
    )


def emails(focal_point):
    return list(
        OutboundEmail.objects.filter(to=focal_point.email).order_by("pk").values_list("subject", flat=True)
    )


def test_a_reminder_a_month_before_and_one_when_late(plan, focal_point):
    assert send_reminders(datetime.date(2026, 1, 15)) == 0
    assert send_reminders(datetime.date(2026, 2, 10)) == 1
    assert send_reminders(datetime.date(2026, 2, 20)) == 0
    assert emails(focal_point) == ["A progress report is due soon: Local Action Plan for Roma Inclusion"]
    assert send_reminders(datetime.date(2026, 3, 2)) == 1
    assert send_reminders(datetime.date(2026, 4, 2)) == 0
    assert emails(focal_point)[-1] == "A progress report is late: Local Action Plan for Roma Inclusion"


def test_no_reminder_once_the_report_is_in(plan, focal_point):
    make_report(plan, datetime.date(2026, 3, 1), submitted_on=datetime.date(2026, 1, 20))
    assert send_reminders(datetime.date(2026, 2, 10)) == 0
    assert send_reminders(datetime.date(2026, 3, 10)) == 0
    assert emails(focal_point) == []


def test_the_reminder_speaks_the_focal_points_language(plan, focal_point):
    focal_point.language = "fr"
    focal_point.save()
    send_reminders(datetime.date(2026, 2, 10))
    email = OutboundEmail.objects.get(to=focal_point.email)
    assert email.subject.startswith("Un rapport d’avancement est attendu bientôt")
    assert "1er mars 2026" in email.body_text


def test_the_periodic_loop_runs_the_reminders(plan, focal_point, monkeypatch):
    # "Today" is 10 February 2026; the day of any given moment stays what it is.
    real = timezone.localdate
    monkeypatch.setattr(
        timezone, "localdate", lambda value=None: real(value) if value else datetime.date(2026, 2, 10)
    )
    out = io.StringIO()
    call_command("run_periodic", "--once", stdout=out)
    call_command("run_periodic", "--once", stdout=out)
    assert len(emails(focal_point)) == 1
    assert "remind_progress_reports" in out.getvalue()
