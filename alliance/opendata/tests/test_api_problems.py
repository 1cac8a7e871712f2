"""The API keeps its word: every error is one JSON shape (RFC 9457 problem details), documented
per endpoint, and the schema states the real bounds of every parameter."""

import pytest

pytestmark = pytest.mark.django_db

MEMBERS = {"type", "title", "status", "detail", "instance", "errors"}


def assert_problem(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert set(body) == MEMBERS
    assert body["status"] == status and body["type"] == "about:blank"
    return body


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/counters?as_of=yesterday",
        "/api/v1/counters?as_of=0000-01-01",
        "/api/v1/participants?country=00",
        "/api/v1/participants?per_page=0",
        "/api/v1/participants?page=100001",
        "/api/v1/participants?q=%00",
        "/api/v1/declaration/signatories?year=nineteen",
        "/api/v1/events?lang=de",
        "/api/v1/practices?theme=cooking",
        "/api/v1/texts?text_type=novel",
        "/api/v1/action-plans?country=gr",
        "/api/v1/action-plans/measures?area=cooking",
        "/api/v1/participants/%20bad%20/",
    ],
)
def test_an_invalid_parameter_is_a_422_problem_naming_it(client, url):
    response = client.get(url)
    if response.status_code == 404:  # a path that cannot be an identifier names no endpoint
        assert_problem(response, 404)
        return
    body = assert_problem(response, 422)
    assert body["title"] == "Unprocessable Content"
    assert body["errors"] and all(set(error) == {"name", "reason"} for error in body["errors"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/anything",
        "/api/v1/participants/nowhere",
        "/api/v1/participants?page=395",
        "/api/v1/programmes/nowhere/figures",
        "/api/v1/deeper/and/deeper.json",
    ],
)
def test_what_is_not_there_is_a_404_problem(client, url):
    body = assert_problem(client.get(url), 404)
    assert body["instance"] == url


def test_a_method_the_api_does_not_offer_is_a_405_problem(client):
    response = client.post("/api/v1/counters", {})
    assert_problem(response, 405)
    assert response["Allow"] == "GET, HEAD"
    assert client.head("/api/v1/counters").status_code == 200


def test_an_unexpected_failure_is_a_500_problem_and_is_logged(client, monkeypatch, caplog):
    from alliance.participants import counters

    def broken(day):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(counters, "participant_count", broken)
    body = assert_problem(client.get("/api/v1/counters"), 500)
    assert "database" not in body["detail"]
    assert "the database went away" in caplog.text


def test_every_endpoint_documents_its_errors_as_problem_details(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["components"]["schemas"]["Problem"]["required"] == ["title", "status", "detail", "instance"]
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            for status, answer in operation["responses"].items():
                if int(status) >= 400:
                    assert list(answer["content"]) == ["application/problem+json"], (path, status)
            if operation.get("parameters"):
                assert "422" in operation["responses"], path


def test_the_schema_states_the_real_bounds(client):
    schema = client.get("/api/v1/openapi.json").json()
    parameters = {
        p["name"]: p["schema"] for p in schema["paths"]["/api/v1/participants"]["get"]["parameters"]
    }
    assert parameters["page"]["maximum"] == 100000 and parameters["page"]["minimum"] == 1
    assert parameters["per_page"]["maximum"] == 200
    assert parameters["country"]["anyOf"][0]["pattern"] == "^[A-Za-z]{2}$"
    assert client.get("/api/v1/counters?as_of=0473-01-01").status_code == 200


def test_every_field_is_described_with_an_example_and_the_licence_is_stated(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["license"]["identifier"] == "CC-BY-4.0"
    assert schema["info"]["contact"]["email"]
    assert schema["servers"][0]["url"]
    for name, component in schema["components"]["schemas"].items():
        for field, details in component.get("properties", {}).items():
            assert details.get("description"), (name, field)
            assert "examples" in details or "example" in details, (name, field)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/counters",
        "/api/v1/participants",
        "/api/v1/participants/history",
        "/api/v1/declaration/signatories",
        "/api/v1/events",
        "/api/v1/action-plans",
        "/api/v1/anything",  # no endpoint: the 404 is not looked up in the redirects either
    ],
)
def test_a_database_that_cannot_be_reached_is_a_503_problem_with_retry_after(monkeypatch, url):
    from django.db import OperationalError
    from django.db.backends.base.base import BaseDatabaseWrapper
    from django.test import Client

    # As a server answers: what reaches the site's 500 handler is answered, not raised.
    client = Client(raise_request_exception=False)
    client.get(url)  # anything read once and kept is kept; the next reads find the database gone

    def database_down(connection):
        raise OperationalError("the database is down")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", database_down)
    response = client.get(url)
    if response.status_code == 404:
        assert_problem(response, 404)
        return
    body = assert_problem(response, 503)
    assert body["title"] == "Service Unavailable"
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
