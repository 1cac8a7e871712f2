"""/healthz names each part (database, cache, outbox, task worker, periodic loop) and answers 503
only when the site cannot serve; no cache may keep it."""

import datetime

import pytest
import time_machine
from django.db import OperationalError
from django.utils import timezone

from alliance.core.models import Heartbeat, OutboundEmail
from alliance.core.processes import PERIODIC_LOOP, TASK_WORKER, beat

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)


def health(client):
    response = client.get("/healthz")
    return response, response.json()


@time_machine.travel(NOW, tick=False)
def test_every_part_ok(client):
    beat(TASK_WORKER)
    beat(PERIODIC_LOOP)

    response, body = health(client)

    assert response.status_code == 200
    assert body["status"] == "ok"
    assert {name: part["status"] for name, part in body["parts"].items()} == {
        "database": "ok",
        "cache": "ok",
        "outbox": "ok",
        "task_worker": "ok",
        "periodic_loop": "ok",
    }
    assert body["parts"]["task_worker"]["last_heartbeat"] == NOW.isoformat()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_silent_worker_and_an_old_email_make_it_degraded_not_down(client):
    with time_machine.travel(NOW - datetime.timedelta(minutes=10), tick=False):
        beat(TASK_WORKER)
        OutboundEmail.objects.create(to="a@example.org", subject="Hello", body_text="Hi", language="en")
    with time_machine.travel(NOW, tick=False):
        beat(PERIODIC_LOOP)
        OutboundEmail.objects.create(to="b@example.org", subject="Hello", body_text="Hi", language="en")
        response, body = health(client)

    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["parts"]["task_worker"]["status"] == "stale"
    assert body["parts"]["task_worker"]["age_seconds"] == 600
    outbox = body["parts"]["outbox"]
    assert (outbox["status"], outbox["queued"], outbox["oldest_unsent_age_seconds"]) == ("ok", 2, 600)


@time_machine.travel(NOW, tick=False)
def test_an_email_waiting_too_long_makes_the_outbox_late(client, settings):
    settings.HEALTH_OUTBOX_LATE_SECONDS = 900
    email = OutboundEmail.objects.create(to="a@example.org", subject="Hi", body_text="Hi", language="en")
    OutboundEmail.objects.filter(pk=email.pk).update(created_at=timezone.now() - datetime.timedelta(hours=1))

    _, body = health(client)

    assert body["parts"]["outbox"]["status"] == "late"
    assert body["parts"]["outbox"]["oldest_unsent_age_seconds"] == 3600


def test_processes_never_seen_are_named(client):
    _, body = health(client)
    assert body["parts"]["task_worker"] == {"status": "never seen"}
    assert body["parts"]["periodic_loop"] == {"status": "never seen"}


def test_a_cache_that_fails_leaves_the_site_serving(client, monkeypatch):
    from alliance.core import health as module

    def refuse(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(module.cache, "set", refuse)
    response, body = health(client)
    assert response.status_code == 200
    assert body["parts"]["cache"] == {"status": "unavailable", "error": "ConnectionError"}


def test_without_its_database_the_site_cannot_serve(client, monkeypatch):
    from alliance.core import health as module

    class Down:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr(module, "connection", Down())
    response, body = health(client)

    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert body["status"] == "unavailable"
    assert body["parts"]["database"]["status"] == "unavailable"
    assert body["parts"]["task_worker"]["status"] == "unknown"


def test_heartbeats_from_two_hosts_each_count(client):
    with time_machine.travel(NOW, tick=False):
        Heartbeat.objects.create(name=f"{TASK_WORKER}@node-a", beat_at=NOW - datetime.timedelta(minutes=5))
        Heartbeat.objects.create(name=f"{TASK_WORKER}@node-b", beat_at=NOW - datetime.timedelta(seconds=5))
        _, body = health(client)
    worker = body["parts"]["task_worker"]
    assert worker["status"] == "ok"
    assert worker["processes"] == {f"{TASK_WORKER}@node-b": 5, f"{TASK_WORKER}@node-a": 300}
