import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from alliance.programmes.models import ProgrammeParticipation, Step
from alliance.programmes.services import record_step

D = datetime.date


@pytest.fixture
def vulcan(romact):
    return ProgrammeParticipation.objects.get(authority__name="Vulcan")


@time_machine.travel("2024-05-01 12:00:00+00:00", tick=False)
def test_recording_a_step_keeps_the_date_and_who(vulcan, editor):
    record = record_step(vulcan, Step.NEEDS_ASSESSMENT, D(2015, 3, 2), editor)
    assert record.reached_on == D(2015, 3, 2)
    assert record.recorded_by == editor
    entry = ModelLogEntry.objects.get(action="programmes.step_recorded")
    assert entry.user == editor
    assert entry.data == {"step": "needs-assessment", "reached_on": "2015-03-02", "previous": None}


@time_machine.travel("2024-05-01 12:00:00+00:00", tick=False)
def test_correcting_a_step_logs_the_previous_date(vulcan, editor):
    record_step(vulcan, Step.PROJECTS_FUNDED, D(2017, 6, 1), editor)
    assert vulcan.steps.get(step=Step.PROJECTS_FUNDED).reached_on == D(2017, 6, 1)
    assert ModelLogEntry.objects.get().data["previous"] == "2018-09-30"


@time_machine.travel("2024-05-01 12:00:00+00:00", tick=False)
@pytest.mark.parametrize(
    "step, day",
    [("dancing", D(2015, 1, 1)), (Step.ACTION_PLAN, D(2030, 1, 1)), (Step.ACTION_PLAN, D(2010, 1, 1))],
)
def test_impossible_steps_are_refused_and_nothing_is_written(vulcan, editor, step, day):
    with pytest.raises(ValidationError):
        record_step(vulcan, step, day, editor)
    assert not vulcan.steps.filter(step=step).exists()
    assert not ModelLogEntry.objects.exists()
