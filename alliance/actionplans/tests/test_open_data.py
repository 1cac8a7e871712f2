"""The plans, their measures and their progress reports as open data: files in every format, the
API, the open-data page and the metadata; published records only, nothing personal."""

import csv
import datetime
import io
import json

import pytest

from alliance.actionplans.models import Area, MeasureStatus, Status

from .conftest import make_dated_report, make_plan

pytestmark = pytest.mark.django_db

DUE = datetime.date(2026, 2, 15)


@pytest.fixture
def published(heraklion, strasbourg):
    """Heraklion's plan with an on-time report, Strasbourg's with a late one, and what must not
    show: a plan under review and a report not yet published."""
    plan = make_plan(heraklion, measures=(Area.EDUCATION, Area.HOUSING), demonstration=True)
    education, housing = plan.measures.all()
    on_time = make_dated_report(
        plan, DUE, submitted_on=datetime.date(2026, 2, 1), progress=[(education, MeasureStatus.ONGOING, 700)]
    )
    make_dated_report(
        plan,
        datetime.date(2028, 2, 15),
        submitted_on=datetime.date(2028, 2, 1),
        status=Status.SUBMITTED,
        progress=[(education, MeasureStatus.DROPPED, 99999)],
    )
    other = make_plan(strasbourg, measures=(Area.HEALTH,))
    late = make_dated_report(other, DUE, submitted_on=datetime.date(2026, 3, 20))
    hidden = make_plan(strasbourg, status=Status.SUBMITTED, first_year=2028, last_year=2030)
    return {"plan": plan, "other": other, "on_time": on_time, "late": late, "hidden": hidden}


def records(client, path, **query):
    response = client.get(path, query)
    assert response.status_code == 200
    return json.loads(response.getvalue())["records"]


def test_the_plans_file_lists_published_plans_only_and_marks_demonstration(client, published):
    rows = records(client, "/en/action-plans/plans.json")
    assert [row["plan_id"] for row in rows] == [published["other"].pk, published["plan"].pk]  # FR, GR
    greek = rows[1]
    assert greek["demonstration"] is True and rows[0]["demonstration"] is False
    assert (greek["measures"], greek["budget"], greek["areas"]) == (2, 50000, "education housing")
    assert greek["plan_url"] == f"http://testserver/en/action-plans/{published['plan'].pk}/"


def test_measures_carry_the_latest_published_status_and_spending(client, published):
    rows = {row["title"]: row for row in records(client, "/en/action-plans/measures.json", country="GR")}
    first, second = published["plan"].measures.all()
    assert (rows[first.title]["status"], rows[first.title]["spent"]) == ("ongoing", 700)
    assert rows[first.title]["reported_for"] == "2026-02-15"
    assert (rows[second.title]["status"], rows[second.title]["spent"]) == ("not-reported", None)
    housing = records(client, "/en/action-plans/measures.json", area="housing")
    assert [row["id"] for row in housing] == [second.pk]


def test_reports_are_the_published_ones_with_whether_they_came_on_time(client, published):
    rows = records(client, "/en/action-plans/reports.json")
    assert [(row["id"], row["on_time"]) for row in rows] == [
        (published["late"].pk, False),
        (published["on_time"].pk, True),
    ]
    assert rows[1]["due_on"] == "2026-02-15" and rows[1]["submitted_on"] == "2026-02-01"


def test_every_format_holds_the_same_rows_and_no_personal_data(client, published, focal_point):
    for stem in ("plans", "measures", "reports"):
        body = client.get(f"/en/action-plans/{stem}.csv").getvalue().decode("utf-8-sig")
        ids = [row["plan_id"] for row in csv.DictReader(io.StringIO(body))]
        assert str(published["hidden"].pk) not in ids
        assert focal_point.email not in body and focal_point.name not in body
        assert client.get(f"/en/action-plans/{stem}.xlsx").status_code == 200


@pytest.mark.parametrize("query", [{"country": "gr"}, {"country": "GRC"}, {"area": "cooking"}])
def test_a_filter_that_cannot_match_gives_no_rows_in_files_and_a_422_in_the_api(client, published, query):
    assert records(client, "/en/action-plans/plans.json", **query) == []
    assert client.get("/api/v1/action-plans", query).status_code == 422


def test_the_api_pages_through_the_same_records(client, published):
    first = client.get("/api/v1/action-plans", {"per_page": 1}).json()
    assert first["count"] == 2 and first["pages"] == 2 and first["next"]
    second = client.get("/api/v1/action-plans", {"per_page": 1, "page": 2}).json()
    assert [first["results"][0]["plan_id"], second["results"][0]["plan_id"]] == [
        row["plan_id"] for row in records(client, "/en/action-plans/plans.json")
    ]
    assert client.get("/api/v1/action-plans", {"per_page": 1, "page": 3}).status_code == 404
    reports = client.get("/api/v1/action-plans/reports", {"country": "GR"}).json()
    assert [row["on_time"] for row in reports["results"]] == [True]
    measures = client.get("/api/v1/action-plans/measures", {"area": "health"}).json()
    assert [row["status"] for row in measures["results"]] == ["not-reported"]


def test_the_datasets_are_listed_on_the_open_data_page_and_in_the_metadata(client, published):
    page = client.get("/en/open-data/").text
    for path in (
        "/en/action-plans/plans.csv",
        "/en/action-plans/measures.xlsx",
        "/en/action-plans/reports.json",
    ):
        assert f'href="{path}"' in page
    assert "/api/v1/action-plans/measures" in page
    package = client.get("/api/v1/datapackage.json").json()
    names = {resource["name"] for resource in package["resources"]}
    assert {"action-plans", "action-plan-measures", "action-plan-reports"} <= names
    catalogue = client.get("/api/v1/catalog.jsonld").json()
    identifiers = {dataset["dct:identifier"] for dataset in catalogue["dcat:dataset"]}
    assert {"action-plans", "action-plan-measures", "action-plan-reports"} <= identifiers
