"""A bare WSGI application for gunicorn to serve in tests of its configuration."""


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]
