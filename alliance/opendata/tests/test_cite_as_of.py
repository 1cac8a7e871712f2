"""A dataset cited as of a date: every list whose records carry the days they began and ended is
downloaded as it stood on any past day (`?on=YYYY-MM-DD`), with that day in the file's name, and
the open-data page gives the citation. A day that is not one, or is still to come, is a 400."""

import csv
import datetime
import io
import json

import pytest
import time_machine

from alliance.authorities.countries import ensure_countries
from alliance.authorities.models import Authority, Country
from alliance.opendata.catalogue import DATASETS
from alliance.participants.models import Participation

pytestmark = pytest.mark.django_db

DATED = {
    "participants",
    "participation-history",
    "counter-history",
    "signatories",
    "programme-participations",
    "network-members",
    "action-plans",
    "action-plan-measures",
    "action-plan-reports",
}


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(datetime.datetime(2026, 12, 8, 10, tzinfo=datetime.UTC), tick=False):
        yield


def _authority(name, slug):
    ensure_countries()
    return Authority.objects.create(
        name=name,
        slug=slug,
        country=Country.objects.get(code="AL"),
        level="local",
        latitude=40.6,
        longitude=20.8,
    )


def _records(client, address, query=None):
    response = client.get(address, query or {})
    assert response.status_code == 200, response.content
    return response, json.loads(response.getvalue())["records"]


@pytest.fixture
def registry(db):
    left = _authority("Korçë", "korce")
    later = _authority("Durrës", "durres")
    Participation.objects.create(
        authority=left,
        accession_number=1,
        joined_on=datetime.date(2014, 1, 10),
        left_on=datetime.date(2016, 6, 1),
    )
    Participation.objects.create(authority=later, accession_number=2, joined_on=datetime.date(2016, 1, 1))


def test_every_list_with_a_history_can_be_read_as_of_a_day():
    assert {table.name for table in DATASETS if table.dated} == DATED


def test_the_participants_as_they_stood_on_a_past_day(client, registry):
    response, records = _records(client, "/en/participants/export.json", {"on": "2015-12-31"})
    assert [(r["slug"], r["left_on"]) for r in records] == [("korce", None)]
    assert 'filename="alliance-participants-2015-12-31.json"' in response["Content-Disposition"]
    assert json.loads(response.getvalue())["as_of"] == "2015-12-31"
    response = client.get("/en/participants/export.csv", {"on": "2015-12-31"})
    assert response["Content-Disposition"] == 'attachment; filename="alliance-participants-2015-12-31.csv"'
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert [row["slug"] for row in rows] == ["korce"]
    # Today: Durrës only; the day Korçë left is known.
    _response, records = _records(client, "/en/participants/export.json")
    assert [r["slug"] for r in records] == ["durres"]
    _response, records = _records(client, "/en/participants/history/participations.json")
    assert [(r["slug"], r["left_on"]) for r in records] == [("korce", "2016-06-01"), ("durres", None)]
    _response, records = _records(
        client, "/en/participants/history/participations.json", {"on": "2015-12-31"}
    )
    assert [(r["slug"], r["left_on"]) for r in records] == [("korce", None)]
    _response, records = _records(client, "/en/participants/history/export.json", {"on": "2015-12-31"})
    assert [r["day"] for r in records] == ["2014-01-10"]


def test_the_signatories_programmes_networks_and_plans_as_they_stood(client, every_list):
    every_list("Korçë", "AL", "korce")
    _response, signatories = _records(client, "/en/declaration/signatories/export.json", {"on": "2018-07-15"})
    assert signatories == []
    _response, signatories = _records(client, "/en/declaration/signatories/export.json", {"on": "2018-07-16"})
    assert [row["authority"] for row in signatories] == ["Korçë"]

    _response, participations = _records(client, "/en/programmes/export.json", {"on": "2013-12-31"})
    assert participations == []
    _response, participations = _records(client, "/en/programmes/export.json", {"on": "2014-06-30"})
    assert [row["authority_slug"] for row in participations] == ["korce"]

    _response, members = _records(client, "/en/networks/members/export.json", {"on": "2016-02-29"})
    assert members == []
    _response, members = _records(client, "/en/networks/members/export.json", {"on": "2016-03-01"})
    assert [row["authority"] for row in members] == ["Korçë"]

    # The plan was published on 1 March 2024, its report on 2 March 2026.
    for path in ("plans", "measures", "reports"):
        _response, rows = _records(client, f"/en/action-plans/{path}.json", {"on": "2024-02-29"})
        assert rows == [], path
    _response, measures = _records(client, "/en/action-plans/measures.json", {"on": "2025-01-01"})
    assert [row["status"] for row in measures] == ["not-reported"]
    _response, reports = _records(client, "/en/action-plans/reports.json", {"on": "2025-01-01"})
    assert reports == []
    _response, measures = _records(client, "/en/action-plans/measures.json", {"on": "2026-03-02"})
    assert [row["status"] for row in measures] == ["ongoing"]


@pytest.mark.parametrize(
    "value", ["2015-02-30", "31/12/2015", "2015-1-5", "yesterday", "2015-12-31T00:00", "9" * 5000]
)
@pytest.mark.parametrize("table", [table for table in DATASETS if table.dated], ids=lambda table: table.name)
def test_a_day_that_is_not_one_is_a_clear_400(client, db, table, value):
    from django.urls import reverse

    response = client.get(reverse(table.url_name("csv", namespaced=True)), {"on": value})
    assert response.status_code == 400
    assert response.content.decode() == "The day must be a date written YYYY-MM-DD, for example 2015-12-31."


def test_a_day_to_come_is_a_400_in_the_readers_language(client, db):
    response = client.get("/en/participants/export.xlsx", {"on": "2026-12-09"})
    assert response.status_code == 400
    assert response.content.decode() == "The day cannot be in the future: the data is known up to today."
    response = client.get("/fr/participants/export.csv", {"on": "2026-12-09"})
    assert response.status_code == 400
    assert "avenir" in response.content.decode()
    assert client.get("/en/participants/export.csv", {"on": "2026-12-08"}).status_code == 200


def test_the_open_data_page_gives_each_citation_as_of_the_day_chosen(client, site_shell, registry, settings):
    site = settings.SITE_URL
    response = client.get("/en/open-data/", {"on": "2015-12-31"})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "European Alliance of Cities and Regions for Roma Inclusion, Participants of the Alliance "
        f"(as of 2015-12-31), CC BY 4.0, {site}/en/participants/export.csv?on=2015-12-31"
    ) in html
    assert 'href="/en/participants/export.xlsx?on=2015-12-31"' in html
    # A list without a history says it is cited as it stands today.
    assert 'href="/en/events/export.csv"' in html
    today = client.get("/en/open-data/").content.decode()
    assert "Participants of the Alliance (as of 2026-12-08), CC BY 4.0" in today
    french = client.get("/fr/open-data/", {"on": "2015-12-31"}).content.decode()
    assert f"(au 2015-12-31), CC BY 4.0, {site}/fr/participants/export.csv?on=2015-12-31" in french


def test_the_open_data_page_refuses_a_wrong_day_and_keeps_it(client, site_shell, db):
    response = client.get("/en/open-data/", {"on": "2015-13-01"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "The day must be a date written YYYY-MM-DD" in html
    assert 'value="2015-13-01"' in html and 'aria-invalid="true"' in html
