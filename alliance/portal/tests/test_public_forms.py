"""Forms that guide: every public form is written by one field template, so each help text and
error is linked to its field, optional fields are marked one way, an invalid form answers the same
everywhere (400, one summary that lists and links each error and takes the focus), a chosen file
that could not be kept is said so only when there was one, and switching language keeps what was
typed."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from alliance.applications.models import JoinApplication
from alliance.applications.tests.conftest import TINY_PDF
from alliance.core.protection import protection_data
from alliance.declaration.models import Signature

pytestmark = pytest.mark.django_db

FORMS = ["join/", "cooperate/", "contact/", "declaration/sign/"]


@pytest.fixture(autouse=True)
def public_site(site_shell, countries, settings, tmp_path):
    settings.FORM_MIN_SECONDS = 0
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"


def ids_in(html):
    return set(re.findall(r'\sid="([^"]+)"', html))


def described_by(html):
    return {ref for value in re.findall(r'aria-describedby="([^"]+)"', html) for ref in value.split()}


def summary_of(html):
    match = re.search(r'<div class="error-summary"[^>]*id="error-summary"[^>]*>(.*?)</div>', html, re.S)
    return match and match.group(0)


@pytest.mark.parametrize("path", FORMS)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_help_text_is_linked_to_its_field_and_optional_fields_say_so(client, path, language):
    html = client.get(f"/{language}/{path}").text
    assert described_by(html), "help texts should describe their fields"
    assert described_by(html) <= ids_in(html)
    assert (
        "(required)" not in html
        and "(obligatoire)" not in html
        and '<span aria-hidden="true">*</span>' not in html
    )
    optional = "(optional)" if language == "en" else "(facultatif)"
    labels = re.findall(r"<(?:label|legend)[^>]*>(.*?)</(?:label|legend)>", html, re.S)
    # One mark, written by the field template; never a second one inside a label's own words.
    assert all(label.count(optional) <= 1 for label in labels)


@pytest.mark.parametrize("path", FORMS)
def test_an_invalid_form_answers_400_with_every_error_listed_linked_and_described(client, path):
    response = client.post(f"/en/{path}", {**protection_data(), "email": "not an address"})
    assert response.status_code == 400
    html = response.text
    summary = summary_of(html)
    assert summary and "autofocus" in summary and 'tabindex="-1"' in summary
    links = re.findall(r'href="#([^"]+)"', summary)
    field_errors = re.findall(r'<ul class="errorlist" id="([^"]+)_error">(.*?)</ul>', html, re.S)
    assert len(links) == sum(errors.count("<li>") for _id, errors in field_errors) >= 2
    assert set(links) <= ids_in(html)
    assert described_by(html) <= ids_in(html)
    # Each field in error names its message, and says it is invalid.
    for field_id, _errors in field_errors:
        assert re.search(rf'aria-describedby="[^"]*\b{field_id}_error\b', html) or re.search(
            rf'<fieldset[^>]*aria-describedby="[^"]*{field_id}_error', html
        ), field_id
    assert html.count('aria-invalid="true"') >= 1
    assert "could not be kept" not in html


def test_the_join_form_says_a_file_was_not_kept_only_when_one_was_chosen(client, countries):
    without = client.post("/en/join/", {**protection_data(), "authority_name": "Budva"}).text
    assert "could not be kept" not in without
    letter = SimpleUploadedFile("decision.pdf", TINY_PDF, content_type="application/pdf")
    chosen = client.post("/en/join/", {**protection_data(), "authority_name": "Budva", "letter": letter}).text
    assert "could not be kept" in summary_of(chosen)
    assert "could not be kept" in chosen.split('id="error-summary"')[1].split("</div>", 1)[1]
    assert not JoinApplication.objects.exists()


@pytest.mark.parametrize(
    ("path", "typed"),
    [
        ("join/", {"authority_name": "Budva", "applicant_name": "Mira Example", "email": "mira@example.org"}),
        ("contact/", {"name": "Marc Example", "subject": "Une question", "message": "Bonjour."}),
        ("declaration/sign/", {"signer_name": "Ana Example", "office": "Mayor", "authority_name": "Kotor"}),
    ],
)
def test_switching_language_keeps_what_was_typed_and_checks_nothing(client, path, typed):
    english = client.get(f"/en/{path}").text
    button = re.search(r'<button type="submit" form="([^"]+)" formaction="([^"]+)"[^>]*value="fr"', english)
    assert button, "the other language is a button that sends the form"
    assert f'id="{button.group(1)}"' in english
    response = client.post(button.group(2), {**protection_data(), **typed, "switch_language": "fr"})
    assert response.status_code == 200
    html = response.text
    assert '<html lang="fr"' in html
    for value in typed.values():
        assert value in html
    assert "error-summary" not in html and 'aria-invalid="true"' not in html
    assert not JoinApplication.objects.exists() and not Signature.objects.exists()
