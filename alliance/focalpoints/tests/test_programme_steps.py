import datetime

import pytest
import time_machine
from wagtail.models import ModelLogEntry

from alliance.programmes import models as programmes

D = datetime.date


@pytest.fixture
def romact(db):
    programme = programmes.Programme.objects.create(slug="romact", name_en="ROMACT", name_fr="ROMACT")
    phase = programmes.Phase.objects.create(
        programme=programme, name_en="2014-2018", name_fr="2014-2018", starts_on=D(2014, 1, 1)
    )
    return programme, phase


@pytest.fixture
def ours(romact, heraklion):
    programme, phase = romact
    return programmes.ProgrammeParticipation.objects.create(
        programme=programme, phase=phase, authority=heraklion, joined_on=D(2014, 3, 1)
    )


@pytest.fixture
def theirs(romact, strasbourg):
    programme, phase = romact
    return programmes.ProgrammeParticipation.objects.create(
        programme=programme, phase=phase, authority=strasbourg, joined_on=D(2014, 3, 1)
    )


@time_machine.travel(datetime.datetime(2018, 9, 30, 12, tzinfo=datetime.UTC), tick=False)
def test_a_focal_point_records_a_step_of_their_own_municipality(focal_client, focal_point, ours, theirs):
    page = focal_client.get("/en/focal-point/programmes/")
    assert page.status_code == 200
    assert f"/en/focal-point/programmes/{ours.pk}/" in page.text
    assert f"/en/focal-point/programmes/{theirs.pk}/" not in page.text
    assert "/en/focal-point/programmes/" in focal_client.get("/en/focal-point/").text
    response = focal_client.post(
        f"/en/focal-point/programmes/{ours.pk}/",
        {"participation": ours.pk, f"p{ours.pk}-step": "commitment", f"p{ours.pk}-reached_on": "2014-04-02"},
    )
    assert response.status_code == 302
    record = ours.steps.get()
    assert record.step == "commitment"
    assert record.reached_on == D(2014, 4, 2)
    assert record.recorded_by == focal_point.user
    assert ModelLogEntry.objects.filter(action="programmes.step_recorded", object_id=str(ours.pk)).exists()


@time_machine.travel(datetime.datetime(2018, 9, 30, 12, tzinfo=datetime.UTC), tick=False)
def test_the_other_authoritys_participation_is_not_found(focal_client, theirs):
    response = focal_client.post(
        f"/en/focal-point/programmes/{theirs.pk}/",
        {
            "participation": theirs.pk,
            f"p{theirs.pk}-step": "commitment",
            f"p{theirs.pk}-reached_on": "2014-04-02",
        },
    )
    assert response.status_code == 404
    assert not theirs.steps.exists()


@time_machine.travel(datetime.datetime(2018, 9, 30, 12, tzinfo=datetime.UTC), tick=False)
def test_an_impossible_date_is_explained_and_kept(focal_client, ours):
    response = focal_client.post(
        f"/en/focal-point/programmes/{ours.pk}/",
        {"participation": ours.pk, f"p{ours.pk}-step": "commitment", f"p{ours.pk}-reached_on": "2013-01-01"},
    )
    assert response.status_code == 400
    assert "before the municipality joined" in response.text
    assert 'value="2013-01-01"' in response.text
    assert not ours.steps.exists()


def test_without_a_programme_the_members_area_shows_no_steps_link(focal_client):
    assert "/en/focal-point/programmes/" not in focal_client.get("/en/focal-point/").text
