"""The outgoing mail queue in the back office: read-only, bodies for administrators only."""

import pytest
from django.contrib.auth.models import Permission

from alliance.core.mail import queue_email
from alliance.core.models import OutboundEmail

INDEX = "/admin/outgoing_emails/"


@pytest.fixture
def queued(db):
    return queue_email(
        "mayor@korce.example.al", "core/emails/test-message", {"address": "x", "note": "secret-note"}, "en"
    )


def test_an_administrator_lists_filters_and_reads_emails(client, administrator, queued):
    OutboundEmail.objects.create(to="b@example.org", subject="Already out", body_text="b", status="sent")
    client.force_login(administrator)

    listing = client.get(INDEX).content.decode()
    assert "Test message from the Alliance platform" in listing and "Already out" in listing
    filtered = client.get(INDEX, {"status": "sent"}).content.decode()
    assert "Already out" in filtered and "Test message from the Alliance platform" not in filtered

    inspect = client.get(f"{INDEX}inspect/{queued.pk}/")
    assert inspect.status_code == 200
    assert "secret-note" in inspect.content.decode()


def test_nobody_edits_adds_or_deletes_an_email(client, administrator, queued):
    client.force_login(administrator)
    for url in (f"{INDEX}edit/{queued.pk}/", f"{INDEX}new/", f"{INDEX}delete/{queued.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert client.post(url, {"status": "sent"}).status_code in (302, 403), url
    queued.refresh_from_db()
    assert queued.status == "queued"
    assert OutboundEmail.objects.filter(pk=queued.pk).exists()


def test_a_moderator_sees_nothing_without_the_view_permission(client, moderator, queued):
    client.force_login(moderator)
    assert client.get(INDEX).status_code in (302, 403)
    assert client.get(f"{INDEX}inspect/{queued.pk}/").status_code in (302, 403)


def test_a_moderator_given_the_view_permission_sees_the_queue_but_not_the_bodies(client, moderator, queued):
    moderator.user_permissions.add(Permission.objects.get(codename="view_outboundemail"))
    client.force_login(moderator)
    assert "Test message from the Alliance platform" in client.get(INDEX).content.decode()
    inspect = client.get(f"{INDEX}inspect/{queued.pk}/")
    assert inspect.status_code == 200
    assert "mayor@korce.example.al" in inspect.content.decode()
    assert "secret-note" not in inspect.content.decode()
