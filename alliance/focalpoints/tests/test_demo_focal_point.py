"""`make run` prints how to sign in as the demo focal point, and those words let a person in."""

from pathlib import Path

import pytest
from django.urls import reverse

from alliance.focalpoints import demo
from alliance.focalpoints.models import FocalPoint

SERVE = Path(__file__).resolve().parents[3] / "scripts" / "serve.sh"
DEMO_PASSWORD = "demo password for tests"  # noqa: S105


def test_make_run_prints_the_demo_focal_points_email_and_sign_in_address():
    text = SERVE.read_text()
    assert f'"{demo.EMAIL}"' in text
    assert '"$DEMO_ADMIN_PASSWORD"' in text.split("Demo focal point", 1)[1].splitlines()[0]
    assert f"http://$host:$port{reverse('focalpoints:login')}" in text


def test_the_demo_focal_point_signs_in_with_the_demo_password(client, heraklion, settings):
    settings.DEMO_ADMIN_PASSWORD = DEMO_PASSWORD
    demo.load(None)
    demo.load(None)  # idempotent
    assert FocalPoint.objects.filter(email=demo.EMAIL).count() == 1
    response = client.post("/en/focal-point/login/", {"username": demo.EMAIL, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("focalpoints:home")


@pytest.mark.django_db
def test_without_a_demo_password_the_demo_focal_point_has_no_account(heraklion, settings):
    settings.DEMO_ADMIN_PASSWORD = ""
    demo.load(None)
    assert FocalPoint.objects.get(email=demo.EMAIL).user is None
