"""One zone, named, everywhere: a plan accepted at 00:11 in Strasbourg (23:11 the evening before
in UTC) says the same day on its page, in its files, in the API, in the back office and in the
back office's spreadsheet, and a moment names its zone."""

import csv
import datetime
import io
import json
import zoneinfo

import pytest
import time_machine
from django.test import Client

from alliance.actionplans import services
from alliance.actionplans.models import Status
from alliance.core.dates import long_date, long_datetime

from .conftest import make_plan

pytestmark = pytest.mark.django_db

STRASBOURG = zoneinfo.ZoneInfo("Europe/Paris")
# 8 December 2026, 00:11 in Strasbourg: still 7 December in UTC.
JUST_AFTER_MIDNIGHT = datetime.datetime(2026, 12, 8, 0, 11, tzinfo=STRASBOURG)


@pytest.fixture
def accepted(heraklion, moderator):
    plan = make_plan(heraklion, Status.SUBMITTED)
    with time_machine.travel(JUST_AFTER_MIDNIGHT, tick=False):
        services.accept(plan, moderator)
    plan.refresh_from_db()
    assert plan.published_at.astimezone(datetime.UTC).day == 7
    return plan


def test_the_day_is_strasbourgs_on_the_page_in_the_files_and_in_the_api(client, accepted):
    assert "8 December 2026" in client.get(f"/en/action-plans/{accepted.pk}/").text
    assert "8 décembre 2026" in client.get(f"/fr/action-plans/{accepted.pk}/").text
    rows = json.loads(client.get("/en/action-plans/plans.json").getvalue())["records"]
    assert rows[0]["published_on"] == "2026-12-08"
    text = client.get("/en/action-plans/plans.csv").getvalue().decode("utf-8-sig")
    assert next(csv.DictReader(io.StringIO(text)))["published_on"] == "2026-12-08"
    api = client.get("/api/v1/action-plans").json()
    assert api["results"][0]["published_on"] == "2026-12-08"


def test_the_back_office_shows_the_same_moment_and_names_its_zone(accepted, moderator):
    secretariat = Client()
    secretariat.force_login(moderator)
    inspect = secretariat.get(f"/admin/actionplans/plan/inspect/{accepted.pk}/").text
    assert "8 December 2026, 00:11 CET" in inspect
    assert "7 December 2026" not in inspect


def test_no_account_may_choose_another_zone(moderator):
    secretariat = Client()
    secretariat.force_login(moderator)
    page = secretariat.get("/admin/account/").text
    assert "current_time_zone" not in page


def test_a_day_and_a_moment_read_in_strasbourg_in_both_languages(settings):
    moment = datetime.datetime(2026, 7, 31, 22, 30, tzinfo=datetime.UTC)
    assert long_date(moment) == "1 August 2026"
    assert long_datetime(moment) == "1 August 2026, 00:30 CEST"
    from django.utils import translation

    with translation.override("fr"):
        assert long_date(moment) == "1er août 2026"
        assert long_datetime(moment) == "1er août 2026, 00:30 CEST"
