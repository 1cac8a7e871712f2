"""The dashboard shows what awaits the signed-in user, with counts and links, and only what that
user may act on."""

import datetime

import pytest

from alliance.applications.models import Status as ApplicationStatus
from alliance.applications.tests.factories import make_application, make_proposal
from alliance.core.models import OutboundEmail
from alliance.declaration.models import Signature
from alliance.declaration.models import Status as SignatureStatus
from alliance.practices.models import Status as PracticeStatus
from alliance.practices.tests.conftest import make_practice

pytestmark = pytest.mark.django_db

DESK = 'id="secretariat-desk'


@pytest.fixture
def waiting(countries):
    montenegro = countries["ME"]
    make_application(montenegro, authority_name="Budva")
    make_application(montenegro, authority_name="Kotor")
    make_application(montenegro, status=ApplicationStatus.UNCONFIRMED, authority_name="Bar")
    make_application(montenegro, status=ApplicationStatus.APPROVED, authority_name="Tivat")
    make_proposal(montenegro)
    for number, status in enumerate(
        [SignatureStatus.CONFIRMED] * 3 + [SignatureStatus.UNCONFIRMED, SignatureStatus.VERIFIED]
    ):
        Signature.objects.create(
            signer_name=f"Signer {number}",
            office="Mayor",
            authority_name=f"Town {number}",
            country=montenegro,
            level="local",
            status=status,
            signed_on=datetime.date(2026, 11, 1),
        )
    make_practice(status=PracticeStatus.SUBMITTED)
    make_practice(status=PracticeStatus.DRAFT)
    for status in (OutboundEmail.Status.FAILED, OutboundEmail.Status.SENT):
        OutboundEmail.objects.create(
            to="a@example.org", subject="Hello", body_text="Hi", language="en", status=status
        )


def row(html, label, count, url):
    return f'<a href="{url}">{label}</a></td>\n          <td><strong>{count}</strong>' in html


def test_a_moderator_sees_what_awaits_review_with_counts_and_links(client, moderator, waiting):
    client.force_login(moderator)
    html = client.get("/admin/").text
    assert DESK in html
    assert row(html, "Applications to join to review", 2, "/admin/applications/join/?status=pending")
    assert row(html, "Cooperation proposals to review", 1, "/admin/applications/cooperation/?status=pending")
    assert row(html, "Signatures to verify", 3, "/admin/declaration_signature/?status=confirmed")
    assert row(html, "Good practices to moderate", 1, "/admin/practices/goodpractice/?status=submitted")
    # Emails are the administrators' concern.
    assert "Emails that could not be sent" not in html


def test_an_administrator_also_sees_the_emails_that_could_not_be_sent(client, administrator, waiting):
    client.force_login(administrator)
    html = client.get("/admin/").text
    assert row(html, "Emails that could not be sent", 1, "/admin/outgoing_emails/?status=failed")
    assert row(html, "Signatures to verify", 3, "/admin/declaration_signature/?status=confirmed")


def test_an_editor_is_shown_no_work_that_is_not_theirs(client, editor, waiting):
    client.force_login(editor)
    html = client.get("/admin/").text
    assert DESK not in html


def test_an_empty_desk_says_so(client, moderator):
    client.force_login(moderator)
    html = client.get("/admin/").text
    assert "Nothing awaits you at the moment." in html


@pytest.mark.parametrize(
    ("url", "shown", "hidden"),
    [
        ("/admin/applications/join/?status=pending", ["Budva", "Kotor"], ["Tivat", "Bar"]),
        (
            "/admin/declaration_signature/?status=confirmed",
            ["Signer 0", "Signer 2"],
            ["Signer 3", "Signer 4"],
        ),
    ],
)
def test_each_link_opens_the_list_of_just_those(client, administrator, waiting, url, shown, hidden):
    client.force_login(administrator)
    html = client.get(url).text
    assert all(name in html for name in shown)
    assert not any(name in html for name in hidden)


def test_the_desk_is_in_french_for_a_french_speaking_user(client, moderator, waiting):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(moderator)
    html = client.get("/admin/").text
    assert "Signatures à vérifier" in html


def test_no_avatar_is_asked_of_gravatar(client, administrator, settings):
    client.force_login(administrator)
    assert "gravatar" not in client.get("/admin/").text
    # What the setting prevents: Wagtail's default would send a hash of the email to gravatar.com.
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = "//www.gravatar.com/avatar"
    assert "gravatar.com/avatar/" in client.get("/admin/").text
