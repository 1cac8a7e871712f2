import csv
import datetime
import io
import json

import pytest

from .test_directory import names

D = datetime.date


@pytest.fixture
def registry(make_participant):
    make_participant(
        "Korçë", "AL", joined_on=D(2014, 5, 1), latitude=40.6186, longitude=20.7808, population=75994
    )
    make_participant("Şişli", "TR", joined_on=D(2017, 10, 19), latitude=41.0602, longitude=28.9877)
    make_participant("Andalusia", "ES", joined_on=D(2015, 6, 24), level="regional", kind="region")
    make_participant("Gone", "NL", joined_on=D(2013, 4, 27), left_on=D(2019, 1, 1))


def csv_rows(response):
    text = response.getvalue().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.mark.parametrize("query", ["", "?q=sisli", "?country=ES", "?level=local&sort=joined", "?year=2015"])
def test_each_export_holds_the_participants_of_the_page(client, registry, query):
    on_page = names(client.get(f"/en/participants/{query}"))
    from_csv = [row["name"] for row in csv_rows(client.get(f"/en/participants/export.csv{query}"))]
    exported = json.loads(client.get(f"/en/participants/export.json{query}").getvalue())
    from_json = [row["name"] for row in exported["records"]]
    geojson = json.loads(client.get(f"/en/participants/export.geojson{query}").getvalue())
    from_geojson = [feature["properties"]["name"] for feature in geojson["features"]]
    assert on_page == from_csv == from_json == from_geojson
    assert len(on_page) == exported["count"]


def test_the_geojson_is_valid_with_longitude_first(client, registry):
    response = client.get("/en/participants/export.geojson")
    assert response["Content-Type"].startswith("application/geo+json")
    data = json.loads(response.getvalue())
    assert data["type"] == "FeatureCollection"
    by_name = {feature["properties"]["name"]: feature for feature in data["features"]}
    assert by_name["Korçë"]["geometry"] == {"type": "Point", "coordinates": [20.7808, 40.6186]}
    assert by_name["Andalusia"]["geometry"] is None  # RFC 7946 allows a feature without a place
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert set(feature) == {"type", "geometry", "properties"}
        if feature["geometry"]:
            longitude, latitude = feature["geometry"]["coordinates"]
            assert -180 <= longitude <= 180 and -90 <= latitude <= 90


def test_exports_are_downloads(client, registry):
    response = client.get("/en/participants/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="alliance-participants-')


def test_no_contact_data_reaches_any_public_output(client, registry, admin_user):
    from alliance.authorities.models import Authority
    from alliance.focalpoints.models import FocalPoint

    for authority in Authority.objects.all():
        FocalPoint.objects.create(
            authority=authority,
            name="Secret Person",
            email="secret.person@town.example",
            phone="+33 3 88 00 00 00",
        )
    urls = [
        "/en/participants/",
        "/fr/participants/",
        "/en/participants/korce/",
        "/en/participants/map/",
        "/en/participants/history/",
        "/en/participants/export.csv",
        "/en/participants/export.json",
        "/en/participants/export.geojson",
        "/en/participants/?q=secret",
    ]
    for url in urls:
        response = client.get(url)
        body = (response.getvalue() if response.streaming else response.content).decode()
        for secret in ("secret.person@town.example", "Secret Person", "+33 3 88 00 00 00"):
            assert secret not in body, (url, secret)
