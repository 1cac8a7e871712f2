"""Cheap refusals come first: a rate-limited or stale submission is refused before its letter is read."""

import pytest

from alliance.applications import forms as application_forms
from alliance.applications.models import JoinApplication

from .conftest import join_data, pdf_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def letters_checked(monkeypatch):
    """The letters the PDF check was asked to read."""
    checked = []
    real_check = application_forms.check_letter

    def counting_check(upload):
        checked.append(upload.name)
        return real_check(upload)

    monkeypatch.setattr(application_forms, "check_letter", counting_check)
    return checked


def test_a_client_over_its_rate_limit_is_refused_before_the_letter_is_read(
    client, countries, settings, letters_checked
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": {"ip": "1/hour", "email": "100/hour"}}
    assert client.post("/en/join/", {**join_data(countries["ME"]), "letter": pdf_file()}).status_code == 302
    assert len(letters_checked) == 1
    response = client.post(
        "/en/join/", {**join_data(countries["ME"], authority_name="Kotor"), "letter": pdf_file()}
    )
    assert response.status_code == 429
    assert len(letters_checked) == 1
    assert 'value="Kotor"' in response.content.decode()
    assert JoinApplication.objects.count() == 1


def test_a_form_with_a_broken_token_is_refused_before_the_letter_is_read(client, countries, letters_checked):
    data = {**join_data(countries["ME"]), "form_token": "forged", "letter": pdf_file()}
    response = client.post("/en/join/", data)
    assert response.status_code == 400
    assert "could not be checked" in response.content.decode()
    assert letters_checked == []


def test_a_robot_filling_the_honeypot_is_refused_before_the_letter_is_read(
    client, countries, letters_checked
):
    data = {**join_data(countries["ME"], website_confirm="http://spam"), "letter": pdf_file()}
    client.post("/en/join/", data)
    assert letters_checked == []


def test_the_declaration_counts_the_address_before_checking_the_form(client, settings, countries):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "declaration-sign": {"ip": "1/hour", "email": "100/hour"}}
    # Two invalid submissions from one address: the second is refused by the rate limit.
    assert client.post("/en/declaration/sign/", {"signer_name": ""}).status_code == 400
    assert client.post("/en/declaration/sign/", {"signer_name": ""}).status_code == 429
