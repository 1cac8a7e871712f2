"""gunicorn's settings for the Alliance platform.

`scripts/serve.sh` names this file; gunicorn also reads it by itself when started from this folder.
Each value can be changed through the environment variable named beside it.

gunicorn alone cannot protect itself from clients that send their request slowly: each one holds
a worker thread until its headers and body have arrived. In production the buffering proxy (nginx,
see README, "Serving") receives whole requests first, refuses oversized bodies, and only then
passes them on; these limits are the second line.
"""

import os

from gunicorn.http import wsgi


def _int(name, default):
    return int(os.environ.get(name, default))


wsgi_app = "alliance.wsgi"
worker_class = "gthread"
workers = _int("GUNICORN_WORKERS", 2)
threads = _int("GUNICORN_THREADS", 4)

# Requests: a request line of at most 4 KB, at most 60 headers of at most 8 KB each. The body's size
# is bounded by the application (REQUEST_BODY_MAX_BYTES), from Content-Length, before it is read.
limit_request_line = _int("GUNICORN_LIMIT_REQUEST_LINE", 4094)
limit_request_fields = _int("GUNICORN_LIMIT_REQUEST_FIELDS", 60)
limit_request_field_size = _int("GUNICORN_LIMIT_REQUEST_FIELD_SIZE", 8190)

# Time: a worker silent for `timeout` seconds is restarted; idle keep-alive connections are closed
# after `keepalive` seconds so that they do not hold a place meant for a waiting request.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 20)
keepalive = _int("GUNICORN_KEEPALIVE", 2)

# A worker is replaced after this many requests, so that no slow leak grows without end.
max_requests = _int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 500)

accesslog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")

# Prometheus metrics for the operator (alliance.core.metrics), when METRICS_PORT is set: each worker
# counts its requests into files under PROMETHEUS_MULTIPROC_DIR (emptied at start), and the master
# process serves the sum of them, with the database's figures, on 127.0.0.1:METRICS_PORT only.
METRICS_PORT = os.environ.get("METRICS_PORT", "")


def on_starting(server):
    if not METRICS_PORT:
        return
    import shutil
    from pathlib import Path

    folder = Path(
        os.environ.get("PROMETHEUS_MULTIPROC_DIR") or Path("var") / "metrics" / METRICS_PORT
    ).resolve()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    # Set before prometheus-client is first imported, in this process and in the forked workers.
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)


def when_ready(server):
    if not METRICS_PORT:
        return
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings")
    django.setup()
    from prometheus_client import start_http_server

    from alliance.core.metrics import operator_registry

    start_http_server(int(METRICS_PORT), addr="127.0.0.1", registry=operator_registry())
    server.log.info("Prometheus metrics on http://127.0.0.1:%s/metrics", METRICS_PORT)


def child_exit(server, worker):
    if METRICS_PORT:
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)


# No "Server: gunicorn": naming the server and its version tells an attacker which flaws to try.
# gunicorn writes that header itself, before the application's headers and beneath any middleware,
# and has no setting for it, so its response class is told to leave it out; this file is read by
# the master process before it forks the workers, which inherit the change. Behind nginx the
# header is nginx's own, without a version (`server_tokens off`).
def _headers_without_server(response, _default_headers=wsgi.Response.default_headers):
    return [line for line in _default_headers(response) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _headers_without_server
