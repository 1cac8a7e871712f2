"""Every email's HTML part has one layout (core/emails/base.html): a <title> that is the subject,
the body, the Alliance's footer; in English and in French."""

from pathlib import Path

import pytest
from django.conf import settings

from alliance.core.mail import render_email

EMAILS = sorted(
    str(path.relative_to(path.parents[2]))[: -len("-body.html")]
    for path in Path(settings.BASE_DIR, "alliance").glob("*/templates/*/emails/*-body.html")
)


def test_every_email_of_the_platform_is_found():
    assert len(EMAILS) >= 17
    assert "applications/emails/contact-secretariat" in EMAILS


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("template", EMAILS)
def test_every_email_is_titled_with_its_subject_and_signed_with_the_footer(template, language):
    subject, _text, html = render_email(template, {}, language)
    assert subject
    assert html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{language}">' in html
    assert f"<title>{subject}</title>" in html.replace("&#x27;", "'").replace("&quot;", '"')
    footer = (
        "Congress of Local and Regional Authorities" if language == "en" else "Congrès des pouvoirs locaux"
    )
    assert footer in html
