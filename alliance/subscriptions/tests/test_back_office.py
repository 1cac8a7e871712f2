"""The secretariat sees counts and may export or erase; editors preview an item's email and send
it to themselves; nobody else sees any of it."""

import csv
import io

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from alliance.core.models import OutboundEmail
from alliance.subscriptions.models import Subscription

from .conftest import subscribe_data

pytestmark = pytest.mark.django_db


def test_the_secretariat_sees_counts_by_topic_and_language_not_addresses(client, moderator, subscriber):
    subscriber("one@example.org", topics=("news", "events"))
    subscriber("two@example.org", topics=("news",), language="fr")
    client.force_login(moderator)
    page = client.get("/admin/subscriptions/").content.decode()
    assert "one@example.org" not in page
    assert "Confirmed subscribers by topic and language" in page


def test_the_export_is_formula_safe_and_recorded(client, moderator, subscriber):
    subscriber("=cmd|' /C calc'!A0@example.org")
    client.force_login(moderator)
    response = client.post("/admin/subscriptions/export.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=")
    assert response["Cache-Control"].startswith("private, no-store")
    assert ModelLogEntry.objects.filter(action="subscriptions.export").exists()


def test_erasure_on_request_deletes_everything_and_keeps_only_the_fact(client, administrator, subscriber):
    subscriber("erase-me@example.org")
    client.post("/en/subscribe/", subscribe_data(email="erase-me@example.org"))  # an "already" email
    assert OutboundEmail.objects.filter(to="erase-me@example.org").exists()
    client.force_login(administrator)
    client.post("/admin/subscriptions/", {"email": "Erase-Me@example.org"})
    assert not Subscription.objects.exists()
    assert not OutboundEmail.objects.filter(to="erase-me@example.org").exists()
    entry = ModelLogEntry.objects.get(action="subscriptions.erase")
    assert "erase-me" not in f"{entry.label} {entry.data}"


@pytest.mark.parametrize("url", ["/admin/subscriptions/", "/admin/subscriptions/export.csv"])
def test_editors_and_outsiders_cannot_see_the_list(client, editor, outsider, url):
    for user in (editor, outsider):
        client.force_login(user)
        response = client.post(url) if url.endswith(".csv") else client.get(url)
        assert response.status_code in (302, 403)
        assert b"@" not in response.content


def test_an_editor_previews_the_email_and_sends_a_test_to_themselves(client, administrator, publish_article):
    article, _ = publish_article("Torrent joins", date=timezone.localdate())
    client.force_login(administrator)
    page = client.get(f"/admin/subscriptions/email/page/{article.pk}/").content.decode()
    assert "Torrent joins" in page and "News: Torrent joins" in page
    client.post(f"/admin/subscriptions/email/page/{article.pk}/test/")
    test = OutboundEmail.objects.get(to=administrator.email)
    assert test.subject == "[Test] News: Torrent joins"
