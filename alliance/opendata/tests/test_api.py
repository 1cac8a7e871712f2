"""The open-data API gives the same figures and records as the pages, and answers junk with 4xx."""

import datetime
import json

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance.authorities.models import Authority, Country
from alliance.participants.counters import participant_count
from alliance.participants.models import Participation

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(db):
    albania = Country.objects.create(code="AL", name_en="Albania", name_fr="Albanie")
    turkey = Country.objects.create(code="TR", name_en="Türkiye", name_fr="Turquie")
    Country.objects.create(code="MT", name_en="Malta", name_fr="Malte")
    korce = Authority.objects.create(
        name="Korçë", country=albania, level="local", latitude=40.6, longitude=20.8
    )
    sisli = Authority.objects.create(name="Şişli", country=turkey, level="local")
    gone = Authority.objects.create(name="Durrës", country=albania, level="local")
    Participation.objects.create(authority=korce, accession_number=1, joined_on=datetime.date(2014, 1, 10))
    Participation.objects.create(authority=sisli, accession_number=2, joined_on=datetime.date(2016, 5, 1))
    Participation.objects.create(
        authority=gone,
        accession_number=3,
        joined_on=datetime.date(2014, 2, 1),
        left_on=datetime.date(2015, 1, 1),
    )


def test_the_counter_matches_the_registry_on_any_date(client, registry):
    for day in ("2014-01-09", "2014-06-01", "2015-01-01", "2020-01-01"):
        count = participant_count(datetime.date.fromisoformat(day))
        assert client.get(f"/api/v1/counters?as_of={day}").json() == {
            "as_of": day,
            "participants": count.participants,
            "countries": count.countries,
        }
    assert client.get("/api/v1/counters?as_of=2014-06-01").json()["participants"] == 2


def test_a_bad_date_is_refused_with_a_message(client, registry):
    response = client.get("/api/v1/counters?as_of=yesterday")
    assert response.status_code == 422
    assert response.json()["errors"][0]["name"] == "as_of"


def test_any_valid_date_is_answered(client, registry):
    assert client.get("/api/v1/counters?as_of=0473-01-01").json()["participants"] == 0
    assert client.get("/api/v1/counters?as_of=9999-12-31").json()["participants"] == 2


def test_participants_are_those_of_the_directory(client, registry):
    data = client.get("/api/v1/participants").json()
    assert data["count"] == 2
    assert [p["name"] for p in data["results"]] == ["Korçë", "Şişli"]
    export = json.loads(client.get("/en/participants/export.json").getvalue())
    assert [p["slug"] for p in export["records"]] == [p["slug"] for p in data["results"]]


def test_participants_can_be_searched_without_accents_and_filtered(client, registry):
    assert [p["name"] for p in client.get("/api/v1/participants?q=sisli").json()["results"]] == ["Şişli"]
    assert [p["name"] for p in client.get("/api/v1/participants?country=al").json()["results"]] == ["Korçë"]
    assert client.get("/api/v1/participants?country=MT").json()["count"] == 0


def test_an_unknown_country_gives_nothing_and_an_unknown_sort_is_refused(client, registry):
    assert client.get("/api/v1/participants?country=ZZ").json()["count"] == 0
    assert client.get("/api/v1/participants?country=00").status_code == 422
    assert client.get("/api/v1/participants?sort=salary").status_code == 422


def test_a_page_past_the_end_is_not_found(client, registry):
    assert client.get("/api/v1/participants?page=9").status_code == 404


def test_one_participant_and_an_unknown_one(client, registry):
    record = client.get("/api/v1/participants/korce").json()
    assert record["accession_number"] == 1 and record["country_code"] == "AL"
    assert client.get("/api/v1/participants/durres").status_code == 404  # left the Alliance
    assert client.get("/api/v1/participants/nowhere").status_code == 404


def test_the_schema_describes_every_endpoint(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["version"] == "1"
    assert set(schema["paths"]) >= {
        "/api/v1/counters",
        "/api/v1/countries",
        "/api/v1/participants",
        "/api/v1/participants/{slug}",
        "/api/v1/declaration/counters",
        "/api/v1/declaration/signatories",
        "/api/v1/counters/history",
        "/api/v1/participants/history",
        "/api/v1/events",
        "/api/v1/practices",
        "/api/v1/texts",
        "/api/v1/programmes",
        "/api/v1/programmes/participations",
        "/api/v1/programmes/{slug}/figures",
        "/api/v1/action-plans",
        "/api/v1/action-plans/measures",
        "/api/v1/action-plans/reports",
        "/api/v1/datapackage.json",
        "/api/v1/catalog.jsonld",
    }


def test_signatories_match_the_public_list(client, settings):
    call_command("load_demo", verbosity=0)
    data = client.get("/api/v1/declaration/signatories?per_page=200").json()
    counter = client.get("/api/v1/declaration/counters").json()
    assert data["count"] == counter["signatories"] > 0
    assert all("email" not in row for row in data["results"])
    assert client.get("/api/v1/declaration/signatories?country=ZZ").json()["count"] == 0
    assert client.get("/api/v1/declaration/signatories?country=0").status_code == 422


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["q", "country", "level", "year", "sort", "page", "per_page", "as_of"]),
    value=st.text(max_size=30),
    path=st.sampled_from(["/api/v1/participants", "/api/v1/counters", "/api/v1/declaration/signatories"]),
)
def test_no_query_ever_yields_a_server_error(client, registry, name, value, path):
    response = client.get(path, {name: value})
    assert response.status_code < 500
