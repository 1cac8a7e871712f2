"""State changes of programme records: each runs in one transaction and is audited."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import ProgrammeParticipation, Step, StepRecord


@transaction.atomic
def record_step(participation, step, date, user, *, approximate=False):
    """Record (or correct) the day a municipality reached a step of the process.

    Used by the secretariat and by the participant's focal point. Raises ValidationError with a
    message for the person when the step or the date cannot be right.
    """
    participation = ProgrammeParticipation.objects.select_for_update().get(pk=participation.pk)
    if step not in Step.values:
        raise ValidationError(_("This is not a step of the process."), code="unknown_step")
    if not isinstance(date, datetime.date):
        raise ValidationError(_("Enter a valid date."), code="invalid_date")
    if date > timezone.localdate():
        raise ValidationError(_("A step cannot be reached in the future."), code="future")
    if date < participation.joined_on:
        raise ValidationError(
            _("A step cannot be reached before the municipality joined the programme."),
            code="before_joining",
        )
    record = StepRecord.objects.filter(participation=participation, step=step).first()
    previous = record.reached_on.isoformat() if record else None
    if record is None:
        record = StepRecord(participation=participation, step=step)
    record.reached_on = date
    record.approximate = approximate
    record.recorded_by = user if user is not None and user.is_authenticated else None
    record.save()
    log(
        participation,
        "programmes.step_recorded",
        user=record.recorded_by,
        data={"step": step, "reached_on": date.isoformat(), "previous": previous},
    )
    return record
