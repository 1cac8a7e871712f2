"""While the database cannot be reached, a visitor gets a short bilingual "try again" page (503)."""

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
