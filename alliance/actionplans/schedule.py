"""When progress reports are due, which are missing, and the reminders about them.

A published plan asks for a report on each of its due dates (`ActionPlan.due_dates`). A report
answers one due date; it is late when it was not submitted by that day.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import ActionPlan, ReportReminder
from .services import tell_focal_points

REMIND_DAYS_BEFORE = 30


def next_due(plan, reports):
    """The due date the next report answers: the earliest one without a report, or None."""
    taken = {report.due_on for report in reports}
    return next((due for due in plan.due_dates() if due not in taken), None)


def _published_plans():
    return (
        ActionPlan.objects.public()
        .select_related("authority", "authority__country")
        .prefetch_related("reports")
    )


def _missing(plan):
    submitted = {report.due_on for report in plan.reports.all() if report.first_submitted_at}
    return [due for due in plan.due_dates() if due not in submitted]


def overdue(today=None):
    """[(plan, due_on)] of every report due before `today` and not submitted, oldest first."""
    today = today or timezone.localdate()
    rows = [(plan, due) for plan in _published_plans() for due in _missing(plan) if due < today]
    return sorted(rows, key=lambda row: (row[1], row[0].authority.name))


def send_reminders(today=None):
    """Remind focal points of a report due within 30 days, and once more when it is late (for the
    latest missed due date only, so a plan published late is not met by a pile of emails). Each
    reminder is recorded under a unique constraint before it is queued: it goes out once, whichever
    process runs this."""
    today = today or timezone.localdate()
    sent = 0
    for plan in _published_plans():
        missing = _missing(plan)
        late = [due for due in missing if due < today]
        soon = [due for due in missing if today <= due <= today + datetime.timedelta(days=REMIND_DAYS_BEFORE)]
        wanted = [(due, ReportReminder.Kind.SOON) for due in soon[:1]] + [
            (due, ReportReminder.Kind.LATE) for due in late[-1:]
        ]
        for due, kind in wanted:
            with transaction.atomic():
                _reminder, created = ReportReminder.objects.get_or_create(plan=plan, due_on=due, kind=kind)
                if created:
                    tell_focal_points(plan, f"actionplans/emails/report-{kind}", {"due_on": due})
                    sent += 1
    return sent
