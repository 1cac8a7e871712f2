"""Leaving in one click (RFC 8058), and the preferences page every email links to."""

import pytest

from alliance.subscriptions import links, sending
from alliance.subscriptions.models import State, Subscription

from .conftest import emails_to, link_in, path_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(subscriber):
    return subscriber("reader@example.org", topics=("news", "events"))


def one_email(subscription):
    announcement = sending.announce(
        "news", subscription.language, "page:x", "Title", "https://example.org/x/"
    )
    sending.send_announcement(announcement.pk)
    return emails_to(subscription.email)[-1]


def test_a_mail_programs_one_click_post_ends_the_subscription_at_once(client, reader):
    email = one_email(reader)
    url = path_of(email.headers["List-Unsubscribe"].split(">")[0].lstrip("<"))
    # No cookie, no form token: what a mail program sends.
    response = client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.state == State.LEFT and reader.left_at
    second = sending.announce("news", "en", "page:y", "Second", "https://example.org/y/")
    assert sending.send_announcement(second.pk) == 0


def test_opening_the_leave_link_asks_before_anything_changes(client, reader):
    url = path_of(link_in(one_email(reader), "leave"))
    page = client.get(url)
    assert page.status_code == 200 and b"Stop all emails" in page.content
    assert "private" in page["Cache-Control"] and "no-store" in page["Cache-Control"]
    reader.refresh_from_db()
    assert reader.state == State.CONFIRMED
    assert b"nothing more will be sent" in client.post(url).content
    reader.refresh_from_db()
    assert reader.state == State.LEFT


def test_the_preferences_page_changes_topics_language_and_rhythm(client, reader):
    url = path_of(link_in(one_email(reader), "preferences"))
    page = client.get(url).content.decode()
    assert 'value="news" checked' in page or ('value="news"' in page and "checked" in page)
    response = client.post(url, {"topics": ["statements"], "language": "fr", "rhythm": "weekly"})
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.topics == ["statements"] and reader.language == "fr" and reader.rhythm == "weekly"
    assert (
        b"Please choose at least one topic."
        in client.post(url, {"language": "fr", "rhythm": "weekly"}).content
    )


def test_an_altered_link_changes_nothing(client, reader):
    token = links.manage_token(reader)
    assert (
        client.post(f"/en/subscribe/leave/{token[:-2]}zz/", {"List-Unsubscribe": "One-Click"}).status_code
        == 400
    )
    reader.refresh_from_db()
    assert reader.state == State.CONFIRMED


def test_a_link_of_an_erased_subscription_leads_nowhere(client, reader, administrator):
    from alliance.subscriptions.services import erase

    token = links.manage_token(reader)
    assert erase("Reader@example.org", administrator)
    assert not Subscription.objects.exists()
    assert client.get(f"/en/subscribe/preferences/{token}/").status_code == 400
