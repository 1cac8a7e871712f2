"""What /healthz reports: each part of the platform by name, and whether the site can serve.

- database: answers a query (the site cannot serve without it: the whole answer is then 503);
- cache: the shared cache takes and gives back a value (the site serves without it, slower);
- outbox: how many emails wait, and the age of the oldest one not sent yet;
- task_worker, periodic_loop: the last heartbeat each wrote to the database (see core.processes).

Every part that is not "ok" makes the whole "degraded" (200: the site serves, an operator should
look); only a database that does not answer makes it "unavailable" (503: a load balancer should
send visitors elsewhere).
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from alliance.core.processes import PERIODIC_LOOP, TASK_WORKER

OK = "ok"


def _seconds_since(moment, now):
    return round((now - moment).total_seconds(), 1)


def check_database():
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # noqa: BLE001 - whatever the failure, the part is down
        return {"status": "unavailable", "error": type(error).__name__}
    return {"status": OK, "latency_ms": round((time.monotonic() - started) * 1000, 1)}


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        answered = cache.get(key) == "1"
        cache.delete(key)
    except Exception as error:  # noqa: BLE001 - a cache that fails in any way is unavailable
        return {"status": "unavailable", "error": type(error).__name__}
    return {"status": OK} if answered else {"status": "unavailable", "error": "value not kept"}


def check_outbox(now):
    from alliance.core.models import OutboundEmail

    queued = OutboundEmail.objects.filter(status=OutboundEmail.Status.QUEUED)
    oldest = queued.order_by("created_at").values_list("created_at", flat=True).first()
    part = {
        "status": OK,
        "queued": queued.count(),
        "failed": OutboundEmail.objects.filter(status=OutboundEmail.Status.FAILED).count(),
        "oldest_unsent_age_seconds": _seconds_since(oldest, now) if oldest else 0,
    }
    if oldest and part["oldest_unsent_age_seconds"] > settings.HEALTH_OUTBOX_LATE_SECONDS:
        part["status"] = "late"
    return part


def check_heartbeat(kind, stale_after, now):
    from alliance.core.models import Heartbeat

    beats = list(Heartbeat.objects.filter(name__startswith=f"{kind}@").order_by("-beat_at"))
    if not beats:
        return {"status": "never seen"}
    latest = beats[0]
    age = _seconds_since(latest.beat_at, now)
    return {
        "status": OK if age <= stale_after else "stale",
        "last_heartbeat": latest.beat_at.isoformat(),
        "age_seconds": age,
        "processes": {beat.name: _seconds_since(beat.beat_at, now) for beat in beats},
    }


def report():
    """(HTTP status, the JSON body) of /healthz."""
    now = timezone.now()
    parts = {"database": check_database(), "cache": check_cache()}
    if parts["database"]["status"] == OK:
        try:
            parts["outbox"] = check_outbox(now)
            parts["task_worker"] = check_heartbeat(TASK_WORKER, settings.HEALTH_WORKER_STALE_SECONDS, now)
            parts["periodic_loop"] = check_heartbeat(
                PERIODIC_LOOP, settings.HEALTH_PERIODIC_STALE_SECONDS, now
            )
        except Exception as error:  # noqa: BLE001 - the database went away between two checks
            parts["database"] = {"status": "unavailable", "error": type(error).__name__}
    if parts["database"]["status"] != OK:
        for name in ("outbox", "task_worker", "periodic_loop"):
            parts[name] = {"status": "unknown", "error": "the database does not answer"}
        return 503, {"status": "unavailable", "checked_at": now.isoformat(), "parts": parts}
    healthy = all(part["status"] == OK for part in parts.values())
    return 200, {"status": OK if healthy else "degraded", "checked_at": now.isoformat(), "parts": parts}
