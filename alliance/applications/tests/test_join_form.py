"""The join form: what it accepts, how it refuses, and that it keeps what was typed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from alliance.applications.models import JoinApplication, Status
from alliance.core.models import OutboundEmail

from .conftest import TINY_PDF, join_data, pdf_file

pytestmark = pytest.mark.django_db


def post_join(client, data, letter=None, url="/en/join/"):
    if letter is not None:
        data = {**data, "letter": letter}
    return client.post(url, data)


def test_it_shows_the_form_in_english_and_french(client, countries):
    english = client.get("/en/join/")
    french = client.get("/fr/join/")
    assert english.status_code == 200 and french.status_code == 200
    assert "Join the Alliance" in english.content.decode()
    assert (
        "Rejoindre l’Alliance" in french.content.decode() or "Rejoindre l'Alliance" in french.content.decode()
    )
    assert "forced evictions" in english.content.decode()


def test_it_stores_an_application_and_sends_the_confirmation_link(client, countries, private_root):
    response = post_join(client, join_data(countries["ME"]), pdf_file())
    assert response.status_code == 302
    assert response["Location"] == "/en/join/sent/"
    application = JoinApplication.objects.get()
    assert application.status == Status.UNCONFIRMED
    assert application.language == "en"
    assert application.letter.name.endswith(".pdf")
    # Stored under the private root, never under MEDIA_ROOT.
    assert (private_root / application.letter.name).read_bytes() == TINY_PDF
    email = OutboundEmail.objects.get(to="ana@example.org")
    assert "/en/join/confirm/" in email.body_text
    assert email.body_html


def test_it_writes_to_a_french_applicant_in_french(client, countries):
    post_join(client, join_data(countries["ME"]), pdf_file(), url="/fr/join/")
    application = JoinApplication.objects.get()
    assert application.language == "fr"
    email = OutboundEmail.objects.get()
    assert email.language == "fr"
    assert "/fr/join/confirm/" in email.body_text
    assert "Merci" in email.body_text


@pytest.mark.parametrize(
    "content",
    [
        b"GIF89a not a pdf at all",
        b"<html><script>alert(1)</script></html>",
        b"%PDF-1.4\nthis is truncated and has no objects",
        b"",
    ],
)
def test_it_refuses_a_file_that_is_not_a_pdf_whatever_its_name(client, countries, content):
    response = post_join(client, join_data(countries["ME"]), pdf_file("decision.pdf", content))
    assert response.status_code == 400
    assert JoinApplication.objects.count() == 0
    assert response.context["form"].errors["letter"]


def test_it_refuses_a_file_above_the_size_limit(client, countries, settings):
    settings.APPLICATION_LETTER_MAX_BYTES = 100
    response = post_join(client, join_data(countries["ME"]), pdf_file())
    assert "too large" in response.context["form"].errors["letter"][0]
    assert JoinApplication.objects.count() == 0


def test_it_requires_consent_and_the_obligations(client, countries):
    data = join_data(countries["ME"])
    del data["consent"]
    del data["obligations_accepted"]
    response = post_join(client, data, pdf_file())
    errors = response.context["form"].errors
    assert "consent" in errors and "obligations_accepted" in errors
    assert JoinApplication.objects.count() == 0


def test_it_keeps_what_was_typed_and_says_to_choose_the_file_again(client, countries):
    data = join_data(countries["ME"], email="not-an-email", authority_name="Herceg Novi")
    response = post_join(client, data, pdf_file())
    page = response.content.decode()
    assert response.status_code == 400
    assert 'value="Herceg Novi"' in page
    assert 'value="Deputy Mayor"' in page
    assert "could not be kept" in page and "please choose it again" in page
    assert "email" in response.context["form"].errors


def test_it_asks_for_the_letter_when_none_is_given(client, countries):
    response = post_join(client, join_data(countries["ME"]))
    assert "letter" in response.context["form"].errors


def test_it_refuses_a_filled_honeypot(client, countries):
    response = post_join(client, join_data(countries["ME"], website_confirm="http://spam"), pdf_file())
    assert response.status_code == 400
    assert JoinApplication.objects.count() == 0


def test_it_limits_the_rate_and_keeps_the_input(client, countries, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": {"ip": "100/hour", "email": "1/hour"}}
    assert post_join(client, join_data(countries["ME"]), pdf_file()).status_code == 302
    response = post_join(client, join_data(countries["ME"], authority_name="Kotor"), pdf_file())
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many attempts" in page
    assert 'value="Kotor"' in page
    assert JoinApplication.objects.count() == 1


def test_a_png_renamed_to_pdf_is_refused(client, countries):
    png = SimpleUploadedFile("letter.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100, content_type="application/pdf")
    response = post_join(client, join_data(countries["ME"]), png)
    assert "not a PDF" in response.context["form"].errors["letter"][0]
