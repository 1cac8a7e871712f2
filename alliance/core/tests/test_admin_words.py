"""Detail pages of the back office show booleans and empty values as words, in the user's language,
never Python's True, False or None."""

import re

import pytest
from wagtail.users.models import UserProfile

from alliance.applications.tests.factories import make_application
from alliance.core.models import OutboundEmail
from alliance.focalpoints.models import FocalPoint

pytestmark = pytest.mark.django_db

RAW = re.compile(r">\s*(True|False|None)\s*<")


def details(html):
    """The <dd> values of an inspect page."""
    return [value.strip() for value in re.findall(r"<dd>(.*?)</dd>", html, flags=re.S)]


@pytest.fixture
def records(countries):
    application = make_application(countries["ME"], consent=True, obligations_accepted=False, phone="")
    from alliance.authorities.models import Authority

    authority = Authority.objects.create(name="Budva", country=countries["ME"])
    focal_point = FocalPoint.objects.create(authority=authority, name="Ana Example", email="ana@example.org")
    email = OutboundEmail.objects.create(to="a@example.org", subject="Hello", body_text="Hi", language="en")
    return {
        "application": f"/admin/applications/join/inspect/{application.pk}/",
        "focal point": f"/admin/focalpoints/focalpoint/inspect/{focal_point.pk}/",
        "email": f"/admin/outgoing_emails/inspect/{email.pk}/",
        "authority": f"/admin/authorities/inspect/{authority.pk}/",
    }


def test_no_detail_page_shows_true_false_or_none(client, administrator, records):
    client.force_login(administrator)
    for name, url in records.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert not RAW.search(response.text), (name, RAW.findall(response.text))


def test_booleans_read_yes_or_no_and_empty_values_a_dash(client, administrator, records):
    client.force_login(administrator)
    values = details(client.get(records["application"]).text)
    assert "Yes" in values and "No" in values
    assert any('aria-hidden="true">—</span><span class="w-sr-only">not given</span>' in v for v in values)
    email = details(client.get(records["email"]).text)
    assert any("not given" in value for value in email), "the email was never sent: no date"


def test_the_words_are_in_french_for_a_french_speaking_user(client, administrator, records):
    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(administrator)
    values = details(client.get(records["application"]).text)
    assert "Oui" in values and "Non" in values
    assert any("non indiqué" in value for value in values)
