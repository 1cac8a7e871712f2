"""While the database cannot be reached, a visitor gets a short bilingual "try again" page (503)."""

import json

import pytest
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory

from alliance.core.middleware import DatabaseUnavailableMiddleware


def middleware_around(error):
    def view(request):
        raise error

    return DatabaseUnavailableMiddleware(view)


def test_a_lost_connection_gives_a_503_with_retry_after():
    for error in (
        OperationalError("server closed the connection"),
        InterfaceError("connection already closed"),
    ):
        response = middleware_around(error)(RequestFactory().post("/en/declaration/sign/"))
        assert response.status_code == 503
        assert response["Retry-After"] == "5"
        assert response["Cache-Control"] == "no-store"
        body = response.content.decode()
        assert "Please try again in a few seconds" in body
        assert "Merci de réessayer dans quelques secondes" in body


def test_other_errors_are_not_hidden():
    middleware = middleware_around(ValueError("a bug"))
    with pytest.raises(ValueError, match="a bug"):
        middleware(RequestFactory().get("/en/"))
    assert middleware.process_exception(None, ValueError("a bug")) is None


def test_it_is_the_innermost_middleware_of_the_site():
    assert settings.MIDDLEWARE[-1] == "alliance.core.middleware.DatabaseUnavailableMiddleware"


def test_an_api_address_gets_problem_details_in_json():
    response = middleware_around(OperationalError("gone"))(RequestFactory().get("/api/v1/counters?x=1"))
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == "5"
    assert json.loads(response.content)["instance"] == "/api/v1/counters?x=1"


def test_a_database_error_raised_outside_the_views_is_the_same_503():
    """Wagtail's redirects look a 404 up in the database from a middleware around this one; what
    it raises reaches the site's 500 handler, which answers as this middleware does."""
    from alliance.site.views import server_error

    for path in ("/en/nowhere/", "/api/v1/nowhere"):
        try:
            raise OperationalError("server closed the connection")
        except OperationalError:
            response = server_error(RequestFactory().get(path))
        assert response.status_code == 503
        assert response["Retry-After"] == "5"
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(RequestFactory().get("/en/")).status_code == 500
