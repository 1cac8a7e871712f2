"""One export mechanism for every public list: the same conventions for every file, and CORS."""

import datetime
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from alliance.core.exports import FORMATS
from alliance.opendata.catalogue import DATASETS

pytestmark = pytest.mark.django_db

FILES = [(table, extension) for table in DATASETS for extension in table.formats]


def _id(value):
    return value.name if hasattr(value, "name") else value


@pytest.mark.parametrize(("table", "extension"), FILES, ids=_id)
def test_every_file_is_a_dated_attachment_of_its_type(client, every_list, table, extension):
    every_list("Korçë")
    url = reverse(table.url_name(extension, namespaced=True))
    response = client.get(url, HTTP_ORIGIN="https://newsroom.example")
    assert response.status_code == 200
    assert response["Content-Type"] == FORMATS[extension]
    today = timezone.localdate().isoformat()
    assert (
        response["Content-Disposition"] == f'attachment; filename="alliance-{table.name}-{today}.{extension}"'
    )
    assert response["Access-Control-Allow-Origin"] == "*"
    body = response.getvalue()
    if extension == "csv":
        assert body.startswith("\ufeff".encode())
        header = body.decode("utf-8-sig").splitlines()[0]
        assert header.split(",") == table.column_names
    elif extension == "xlsx":
        sheet = load_workbook(io.BytesIO(body)).active
        assert [cell.value for cell in next(sheet.iter_rows())] == table.column_names
    elif extension == "json":
        data = json.loads(body)
        assert data["dataset"] == table.name and data["count"] == len(data["records"])
        assert data["licence"] == "https://creativecommons.org/licenses/by/4.0/"
    else:
        assert json.loads(body)["type"] == "FeatureCollection"


def test_geojson_puts_longitude_first_and_allows_no_place(client, every_list):
    every_list("Korçë")
    from alliance.authorities.models import Authority, Country
    from alliance.participants.models import Participation

    nowhere = Authority.objects.create(name="Nowhere", country=Country.objects.get(code="FR"), level="local")
    Participation.objects.create(authority=nowhere, accession_number=2, joined_on=datetime.date(2015, 1, 1))
    features = json.loads(client.get("/en/participants/export.geojson").getvalue())["features"]
    by_name = {feature["properties"]["name"]: feature for feature in features}
    assert by_name["Korçë"]["geometry"] == {"type": "Point", "coordinates": [20.8, 40.6]}
    assert by_name["Nowhere"]["geometry"] is None


def test_the_api_answers_a_preflight_for_get_only(client, db):
    response = client.options(
        "/api/v1/participants",
        HTTP_ORIGIN="https://newsroom.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize(
    "url", ["/api/v1/", "/api/v1/counters", "/api/v1/datapackage.json", "/api/v1/nowhere"]
)
def test_every_api_answer_may_be_read_by_other_sites(client, db, url):
    assert client.get(url, HTTP_ORIGIN="https://newsroom.example")["Access-Control-Allow-Origin"] == "*"


def test_forms_and_pages_stay_same_origin(client, db, site_shell):
    for url in ("/en/", "/en/join/", "/en/participants/"):
        assert "Access-Control-Allow-Origin" not in client.get(url, HTTP_ORIGIN="https://other.example")
