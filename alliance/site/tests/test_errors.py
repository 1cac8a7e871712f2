"""Unknown addresses get the site's own translated 404; server errors a plain 500 page."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_an_unknown_address_gets_the_english_404_in_the_layout(client, site_shell):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="site-header"' in html


def test_an_unknown_address_gets_the_french_404(client, site_shell):
    response = client.get("/fr/aucune-page/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_a_server_error_shows_a_plain_page_without_a_trace(site_shell, settings, monkeypatch):
    settings.DEBUG = False
    from alliance.site.models import HomePage

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(HomePage, "get_context", explode)
    response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Server error" in html and "Erreur du serveur" in html
    assert "secret internals" not in html and "Traceback" not in html


def test_the_health_check_answers(client, db):
    # No task worker or periodic loop runs beside the tests: the site serves, "degraded".
    answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.json()["status"] in {"ok", "degraded"}
    assert answer.json()["parts"]["database"]["status"] == "ok"
