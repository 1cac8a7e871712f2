"""Prometheus metrics for the operator: requests and latencies by route, and the figures read from
the database (outbox, task failures, signatures, heartbeats). The site's own address never serves
them (the operator's address is tested with the supervised stack, test_supervision.py)."""

import pytest
from django_tasks_db.models import DBTaskResult
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest

from alliance.core.metrics import DatabaseCollector
from alliance.core.models import OutboundEmail

pytestmark = pytest.mark.django_db


def sample(name, labels):
    return REGISTRY.get_sample_value(name, labels) or 0


def test_requests_are_counted_by_route_and_status_class(client):
    labels = {"method": "GET", "route": "health", "status": "2xx"}
    before = sample("alliance_http_requests_total", labels)
    latencies = sample("alliance_http_request_duration_seconds_count", {"method": "GET", "route": "health"})

    client.get("/healthz")
    client.get("/healthz")

    assert sample("alliance_http_requests_total", labels) == before + 2
    assert (
        sample("alliance_http_request_duration_seconds_count", {"method": "GET", "route": "health"})
        == latencies + 2
    )


def test_an_unknown_address_does_not_make_a_new_label(client):
    client.get("/no-such-page-a/")
    client.get("/no-such-page-b/")
    routes = {
        metric.labels["route"]
        for family in REGISTRY.collect()
        if family.name == "alliance_http_requests"
        for metric in family.samples
    }
    assert not any("no-such-page" in route for route in routes)


def test_the_site_does_not_serve_its_metrics(client):
    assert client.get("/metrics", follow=True).status_code == 404  # /metrics leads to /en/metrics/: none
    assert client.get("/en/metrics/").status_code == 404


def test_database_figures(countries):
    from alliance.declaration.models import Signature

    for n in range(3):
        Signature.objects.create(
            signer_name=f"Signer {n}",
            email=f"s{n}@example.org",
            office="Mayor",
            authority_name="Town",
            country=countries["FR"],
        )
    OutboundEmail.objects.create(to="a@example.org", subject="Hi", body_text="Hi", language="en")
    DBTaskResult.objects.create(
        status="FAILED",
        args_kwargs={"args": [], "kwargs": {}},
        task_path="alliance.core.tasks.send_email",
        backend_name="default",
        run_after="2026-01-01T00:00:00Z",
        queue_name="default",
    )
    registry = CollectorRegistry()
    registry.register(DatabaseCollector())
    text = generate_latest(registry).decode()

    assert "alliance_database_up 1.0" in text
    assert "alliance_declaration_signatures_total 3.0" in text
    assert 'alliance_outbox_emails{status="queued"} 1.0' in text
    assert "alliance_task_failures_total 1.0" in text
    assert "alliance_outbox_oldest_unsent_age_seconds" in text


def test_a_scrape_answers_when_the_database_does_not(monkeypatch):
    collector = DatabaseCollector()

    def down():
        from django.db import OperationalError

        raise OperationalError("connection refused")
        yield  # pragma: no cover

    monkeypatch.setattr(collector, "_families", down)
    registry = CollectorRegistry()
    registry.register(collector)
    assert "alliance_database_up 0.0" in generate_latest(registry).decode()
