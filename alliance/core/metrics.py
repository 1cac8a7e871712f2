"""Prometheus metrics for the operator: requests and their latencies, the outbox, the task queue's
failures, signatures (their rate is signatures per second), the processes' heartbeats.

Requests are counted by each gunicorn worker into files shared by the workers of one node
(prometheus-client's multiprocess mode, PROMETHEUS_MULTIPROC_DIR, set by gunicorn.conf.py); the
rest is read from the database at each scrape, so every node reports the same figures. The metrics
are served by gunicorn's master process on 127.0.0.1:METRICS_PORT only (gunicorn.conf.py), never
on the site's address: only someone on the machine (or the operator's Prometheus beside it)
reaches them.
"""

import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

REQUESTS = Counter(
    "alliance_http_requests",
    "HTTP requests answered, by method, route and status class.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "alliance_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)


def route_of(request):
    """A bounded label: the URL pattern's name (never the path itself, which visitors choose)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unmatched"
    return (match.view_name or match.route or "unnamed")[:100]


# (name, documentation, count()) of the counters later apps add: `register_counter(...)`.
COUNTERS = []


def register_counter(name, documentation, count):
    COUNTERS.append((name, documentation, count))


class RequestMetricsMiddleware:
    """Counts every answer and its latency (outermost, so that refusals by other middleware count)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        route = route_of(request)
        LATENCY.labels(request.method, route).observe(time.perf_counter() - started)
        REQUESTS.labels(request.method, route, f"{response.status_code // 100}xx").inc()
        return response


class DatabaseCollector:
    """Figures read from the database at each scrape, the same whichever node is asked."""

    def collect(self):
        from django.db import close_old_connections

        up = GaugeMetricFamily("alliance_database_up", "1 when the database answered this scrape.")
        try:
            families = list(self._families())
        except Exception:  # noqa: BLE001 - a scrape must answer even when the database does not
            up.add_metric([], 0)
            families = []
        else:
            up.add_metric([], 1)
        finally:
            close_old_connections()
        yield up
        yield from families

    def _families(self):
        from django.db.models import Count, Min
        from django.utils import timezone
        from django_tasks_db.models import DBTaskResult

        from alliance.core.models import Heartbeat, OutboundEmail

        now = timezone.now()
        outbox = GaugeMetricFamily(
            "alliance_outbox_emails", "Emails in the outbox, by status.", labels=["status"]
        )
        for row in OutboundEmail.objects.values("status").annotate(n=Count("pk")):
            outbox.add_metric([row["status"]], row["n"])
        yield outbox
        oldest = OutboundEmail.objects.filter(status=OutboundEmail.Status.QUEUED).aggregate(
            m=Min("created_at")
        )["m"]
        yield GaugeMetricFamily(
            "alliance_outbox_oldest_unsent_age_seconds",
            "Age of the oldest email not sent yet (0 when none waits).",
            value=(now - oldest).total_seconds() if oldest else 0,
        )
        tasks = GaugeMetricFamily(
            "alliance_tasks", "Background tasks on the queue, by status.", labels=["status"]
        )
        counts = {
            row["status"]: row["n"] for row in DBTaskResult.objects.values("status").annotate(n=Count("pk"))
        }
        for status, count in counts.items():
            tasks.add_metric([status], count)
        yield tasks
        yield CounterMetricFamily(
            "alliance_task_failures",
            "Background tasks that ended in failure (kept results).",
            value=counts.get("FAILED", 0),
        )
        # Counters of later apps (core sits below them in the data flow), registered from their ready().
        for name, documentation, count in COUNTERS:
            yield CounterMetricFamily(name, documentation, value=count())
        beats = GaugeMetricFamily(
            "alliance_heartbeat_age_seconds",
            "Seconds since each long-running process last wrote its heartbeat.",
            labels=["process"],
        )
        for beat in Heartbeat.objects.all():
            beats.add_metric([beat.name], (now - beat.beat_at).total_seconds())
        yield beats


def operator_registry():
    """What the metrics address serves: every worker's request metrics (multiprocess mode, when
    PROMETHEUS_MULTIPROC_DIR is set) and the database's figures."""
    import os

    from prometheus_client import REGISTRY, multiprocess

    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    registry.register(DatabaseCollector())
    return registry
