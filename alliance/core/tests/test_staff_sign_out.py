"""Only a POST signs a member of staff out; a GET never drops the cookie of a live session."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_a_get_keeps_the_session_and_its_cookie(client, administrator):
    client.force_login(administrator)
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    response = client.get("/admin/logout/")
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert b'method="post"' in response.content
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert client.cookies[settings.SESSION_COOKIE_NAME].value == session_key
    assert client.get("/admin/").status_code == 200


def test_a_get_when_signed_out_goes_to_the_sign_in_page(client):
    response = client.get("/admin/logout/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_a_post_signs_out_and_ends_the_session(client, administrator):
    from django.contrib.sessions.models import Session

    client.force_login(administrator)
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert response.cookies[settings.SESSION_COOKIE_NAME].value == ""
    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get("/admin/").status_code == 302


def test_the_sign_out_page_is_in_french_too(client, administrator):
    client.force_login(administrator)
    response = client.get("/admin/logout/", headers={"accept-language": "fr"})
    assert response.status_code == 200
