"""Each dataset fetched through its page, every file and the API, on the same data and with the
same filters, holds the same records in the same order."""

import csv
import datetime
import io
import json
from urllib.parse import urlsplit

import pytest
from openpyxl import load_workbook

from alliance.authorities.models import Country
from alliance.opendata.catalogue import DATASETS

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_of_everything(every_list):
    every_list("Korçë", "AL", "korce", adopted_on=datetime.date(2014, 3, 26))
    every_list("Şişli", "TR", "sisli", adopted_on=datetime.date(2016, 10, 19))
    every_list("Durrës", "AL", "durres", adopted_on=datetime.date(2014, 10, 1))


def _files(client, path, query, extension):
    response = client.get(f"{path}.{extension}", query)
    assert response.status_code == 200, (path, extension)
    body = response.getvalue()
    if extension == "csv":
        return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    if extension == "xlsx":
        rows = list(load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True))
        return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    if extension == "json":
        return json.loads(body)["records"]
    return [feature["properties"] for feature in json.loads(body)["features"]]


def _api(client, url, query):
    records = []
    response = client.get(url, {**query, "per_page": 2})
    while True:
        assert response.status_code == 200, response.content
        data = response.json()
        records += data["results"]
        if not data["next"]:
            return records
        next_url = urlsplit(data["next"])
        response = client.get(f"{next_url.path}?{next_url.query}")


def _albania():
    return str(Country.objects.get(code="AL").pk)


CASES = {
    "participants": {
        "page": ("/en/participants/", {"country": "AL"}),
        "on_page": lambda context: [p.authority.slug for p in context["page_obj"].object_list],
        "files": ("/en/participants/export", {"country": "AL"}),
        "api": ("/api/v1/participants", {"country": "AL"}),
        "key": lambda record: record["slug"],
    },
    "participation-history": {
        "files": ("/en/participants/history/participations", {}),
        "api": ("/api/v1/participants/history", {}),
        "key": lambda record: str(record["accession_number"]),
    },
    "counter-history": {
        "page": ("/en/participants/history/", {"year": "2014"}),
        "on_page": lambda context: [step.day.isoformat() for step in context["changes"]],
        "files": ("/en/participants/history/export", {}),
        "api": ("/api/v1/counters/history", {}),
        "key": lambda record: str(record["day"])[:10],
    },
    "signatories": {
        "page": ("/en/declaration/signatories/", {"country": _albania}),
        "on_page": lambda context: [row["authority"] for row in context["rows"]],
        "files": ("/en/declaration/signatories/export", {"country": _albania}),
        "api": ("/api/v1/declaration/signatories", {"country": "AL"}),
        "key": lambda record: record["authority"],
    },
    "programme-participations": {
        "page": ("/en/programmes/romact/", {}),
        "on_page": lambda context: [row["participation"].authority.slug for row in context["rows"]],
        "files": ("/en/programmes/export", {"programme": "romact"}),
        "api": ("/api/v1/programmes/participations", {"programme": "romact"}),
        "key": lambda record: record["authority_slug"],
    },
    "programme-figures": {
        "files": ("/en/programmes/figures/export", {}),
        "api": ("/api/v1/programmes/figures", {}),
        "key": lambda record: (record["programme"], record["phase_en"], record["country_code"]),
    },
    "national-networks": {
        "page": ("/en/networks/", {}),
        "on_page": lambda context: [network.slug for network, _count in context["rows"]],
        "files": ("/en/networks/export", {}),
        "api": ("/api/v1/networks", {}),
        "key": lambda record: record["slug"],
    },
    "network-members": {
        "files": ("/en/networks/members/export", {}),
        "api": ("/api/v1/networks/members", {}),
        "key": lambda record: (record["network"], record["authority"]),
    },
    "prize-editions": {
        "page": ("/en/dosta-prize/", {}),
        "on_page": lambda context: [edition.year for edition in context["editions"]],
        "files": ("/en/dosta-prize/editions/export", {}),
        "api": ("/api/v1/prize/editions", {}),
        "key": lambda record: int(record["year"]),
    },
    "prize-winners": {
        "page": ("/en/dosta-prize/", {}),
        "on_page": lambda context: [
            winner.authority.name for edition in context["editions"] for winner in edition.winners.all()
        ],
        "files": ("/en/dosta-prize/export", {}),
        "api": ("/api/v1/prize/winners", {}),
        "key": lambda record: record["authority"],
    },
    "events": {
        "page": ("/en/events/", {}),
        "on_page": lambda context: [event.slug for event in [*context["upcoming"], *context["past"]]],
        "files": ("/en/events/export", {}),
        "api": ("/api/v1/events", {}),
        "key": lambda record: record["slug"],
    },
    "good-practices": {
        "page": ("/en/practices/", {"country": "AL"}),
        "on_page": lambda context: [practice.pk for practice in context["page_obj"].object_list],
        "files": ("/en/practices/export", {"country": "AL"}),
        "api": ("/api/v1/practices", {"country": "AL"}),
        "key": lambda record: int(record["id"]),
    },
    "adopted-texts": {
        "page": ("/en/texts/", {"year": "2014"}),
        "on_page": lambda context: [text.pk for text in context["page_obj"].object_list],
        "files": ("/en/texts/export", {"year": "2014"}),
        "api": ("/api/v1/texts", {"year": "2014"}),
        "key": lambda record: int(record["id"]),
    },
    "action-plans": {
        "files": ("/en/action-plans/plans", {"country": "AL"}),
        "api": ("/api/v1/action-plans", {"country": "AL"}),
        "key": lambda record: int(record["plan_id"]),
    },
    "action-plan-measures": {
        "files": ("/en/action-plans/measures", {"country": "AL", "area": "housing"}),
        "api": ("/api/v1/action-plans/measures", {"country": "AL", "area": "housing"}),
        "key": lambda record: int(record["id"]),
    },
    "action-plan-reports": {
        "files": ("/en/action-plans/reports", {"country": "AL"}),
        "api": ("/api/v1/action-plans/reports", {"country": "AL"}),
        "key": lambda record: int(record["id"]),
    },
}


def _resolved(query):
    return {name: value() if callable(value) else value for name, value in query.items()}


def test_every_dataset_has_an_agreement_case():
    assert {table.name for table in DATASETS} == set(CASES)


@pytest.mark.parametrize("table", DATASETS, ids=lambda table: table.name)
def test_page_files_and_api_hold_the_same_records(client, site_shell, two_of_everything, table):
    case = CASES[table.name]
    path, query = case["files"]
    from_files = {
        extension: [case["key"](record) for record in _files(client, path, _resolved(query), extension)]
        for extension in table.formats
    }
    url, api_query = case["api"]
    from_api = [case["key"](record) for record in _api(client, url, api_query)]
    reference = from_files["json"]
    assert reference, "the filters must leave some records to compare"
    for extension, keys in from_files.items():
        assert keys == reference, extension
    assert from_api == reference
    if "page" in case:
        page, page_query = case["page"]
        response = client.get(page, _resolved(page_query))
        assert response.status_code == 200
        on_page = case["on_page"](response.context)
        if table.name == "counter-history":  # the page shows one year of every change
            assert on_page and all(day in reference for day in on_page)
        else:
            assert on_page == reference


def test_the_filters_narrow_the_records(client, two_of_everything):
    everyone = json.loads(client.get("/en/participants/export.json").getvalue())["count"]
    albanians = json.loads(client.get("/en/participants/export.json", {"country": "AL"}).getvalue())["count"]
    assert everyone == 3 and albanians == 2
