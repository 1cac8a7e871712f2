import datetime
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from wagtail.models import ModelLogEntry

from alliance.core.models import OutboundEmail
from alliance.focalpoints import services
from alliance.focalpoints.models import FocalPoint

from .conftest import PASSWORD

NEW_PASSWORD = "a long and unusual pass phrase 47"


@pytest.fixture
def invited(heraklion, moderator):
    focal_point = FocalPoint.objects.create(
        authority=heraklion, name="Eleni Example", office="Deputy Mayor", email="Eleni@heraklion.example.gr"
    )
    return focal_point


def invitation_path(focal_point):
    email = OutboundEmail.objects.filter(to=focal_point.email).latest("created_at")
    url = re.search(r"http\S+/focal-point/invitation/\S+/", email.body_text).group(0)
    return url.split("127.0.0.1:8000", 1)[-1].split("testserver", 1)[-1]


def test_the_secretariat_invites_from_the_back_office(client, moderator, invited):
    client.force_login(moderator)
    response = client.get(f"/admin/focalpoints/focalpoint/invite/{invited.pk}/")
    assert response.status_code == 200
    assert "Eleni Example" in response.text
    response = client.post(f"/admin/focalpoints/focalpoint/invite/{invited.pk}/")
    assert response.status_code == 302
    email = OutboundEmail.objects.get(to="Eleni@heraklion.example.gr")
    assert "Heraklion" in email.subject
    assert "/en/focal-point/invitation/" in email.body_text
    invited.refresh_from_db()
    assert invited.invited_by == moderator
    assert ModelLogEntry.objects.filter(action="focalpoints.invite", object_id=str(invited.pk)).exists()


def test_the_invitation_is_in_the_focal_points_language(invited, moderator):
    invited.language = "fr"
    invited.save()
    services.invite(invited, moderator)
    email = OutboundEmail.objects.get(to=invited.email)
    assert "/fr/focal-point/invitation/" in email.body_text
    assert "point focal" in email.subject


def test_the_link_asks_for_a_password_and_creates_the_account(client, invited, moderator):
    services.invite(invited, moderator)
    path = invitation_path(invited)
    response = client.get(path)
    assert response.status_code == 200
    assert get_user_model().objects.filter(email=invited.email).count() == 0
    response = client.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/focal-point/"
    invited.refresh_from_db()
    assert invited.user.username == "eleni@heraklion.example.gr"
    assert invited.user.check_password(NEW_PASSWORD)
    assert not invited.user.is_staff
    assert client.get("/en/focal-point/").status_code == 200


def test_weak_passwords_are_refused_and_nothing_is_created(client, invited, moderator):
    services.invite(invited, moderator)
    path = invitation_path(invited)
    for weak in ("12345678901234", "password", "eleni example"):
        response = client.post(path, {"password1": weak, "password2": weak})
        assert response.status_code == 200
        assert 'class="errorlist"' in response.text
    response = client.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"})
    assert "The two passwords differ." in response.text
    invited.refresh_from_db()
    assert invited.user is None


def test_a_used_link_cannot_be_used_again(client, invited, moderator):
    services.invite(invited, moderator)
    path = invitation_path(invited)
    client.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()
    response = client.post(
        path, {"password1": "another long pass phrase 99", "password2": "another long pass phrase 99"}
    )
    assert response.status_code == 410
    assert "already been used" in response.text
    invited.refresh_from_db()
    assert invited.user.check_password(NEW_PASSWORD)


def test_an_expired_link_is_refused(client, invited, moderator):
    with time_machine.travel(datetime.datetime(2026, 1, 1, 12, tzinfo=datetime.UTC), tick=False):
        services.invite(invited, moderator)
        path = invitation_path(invited)
    with time_machine.travel(datetime.datetime(2026, 1, 16, 12, tzinfo=datetime.UTC), tick=False):
        response = client.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 410
    assert "expired" in response.text
    invited.refresh_from_db()
    assert invited.user is None


def test_a_tampered_link_is_refused(client, invited, moderator):
    services.invite(invited, moderator)
    path = invitation_path(invited)
    response = client.get(path.replace("/invitation/", "/invitation/x"))
    assert response.status_code == 400
    response = client.get("/en/focal-point/invitation/1:abc/")
    assert response.status_code == 400


def test_a_withdrawn_focal_point_cannot_accept(client, invited, moderator):
    services.invite(invited, moderator)
    path = invitation_path(invited)
    invited.active = False
    invited.save()
    response = client.post(path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 400
    invited.refresh_from_db()
    assert invited.user is None


def test_an_accepted_focal_point_is_not_invited_again(focal_point, moderator):
    with pytest.raises(Exception, match="already has an account"):
        services.invite(focal_point, moderator)
    assert not OutboundEmail.objects.exists()


def test_login_with_email_and_password(client, focal_point):
    response = client.get("/en/focal-point/login/")
    assert response.status_code == 200
    response = client.post(
        "/en/focal-point/login/", {"username": "Focal@Heraklion.example.gr", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/focal-point/"


def test_login_is_rate_limited(client, focal_point):
    for _attempt in range(5):
        response = client.post("/en/focal-point/login/", {"username": focal_point.email, "password": "wrong"})
        assert response.status_code == 200
    response = client.post("/en/focal-point/login/", {"username": focal_point.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many wrong passwords for this account from your connection" in response.text
    assert "_auth_user_id" not in client.session


def test_login_has_a_default_limit_without_settings(client, focal_point, settings):
    settings.RATE_LIMITS = {}
    statuses = [
        client.post(
            "/en/focal-point/login/", {"username": focal_point.email, "password": "wrong"}
        ).status_code
        for _attempt in range(6)
    ]
    assert statuses == [200] * 5 + [429]


def test_the_login_form_needs_the_csrf_token(focal_point):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/en/focal-point/login/", {"username": focal_point.email, "password": PASSWORD})
    assert response.status_code == 403
