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


# No "Server: gunicorn": naming the server and its version tells an attacker which flaws to try.
# gunicorn writes that header itself, before the application's headers and beneath any middleware,
# and has no setting for it, so its response class is told to leave it out; this file is read by
# the master process before it forks the workers, which inherit the change. Behind nginx the
# header is nginx's own, without a version (`server_tokens off`).
def _headers_without_server(response, _default_headers=wsgi.Response.default_headers):
    return [line for line in _default_headers(response) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _headers_without_server
