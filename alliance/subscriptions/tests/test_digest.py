"""The weekly digest: on Monday, last week's items in each subscriber's topics and language, once."""

import datetime

import pytest
import time_machine
from django.core.management import call_command

from alliance.core.models import OutboundEmail
from alliance.subscriptions import sending

pytestmark = pytest.mark.django_db

STRASBOURG = datetime.timezone(datetime.timedelta(hours=1))


def at(*args):
    return time_machine.travel(datetime.datetime(*args, tzinfo=STRASBOURG))


def digests():
    return OutboundEmail.objects.filter(template="subscriptions/emails/digest").order_by("to")


def test_monday_brings_last_weeks_items_to_weekly_subscribers_once(subscriber):
    with at(2026, 11, 20, 9):
        weekly = subscriber("weekly@example.org", rhythm="weekly", topics=("news", "events"))
        subscriber("weekly-fr@example.org", rhythm="weekly", topics=("news",), language="fr")
        subscriber("statements@example.org", rhythm="weekly", topics=("statements",))
        subscriber("each@example.org", topics=("news",))
    with at(2026, 12, 2, 10):  # Wednesday of the week before
        sending.announce("news", "en", "page:1", "Volos signs", "https://example.org/en/news/volos/")
        sending.announce("events", "en", "event:1", "Meeting in Kyiv", "https://example.org/en/events/kyiv/")
        sending.announce("news", "fr", "page:1", "Volos signe", "https://example.org/fr/news/volos/")
    with at(2026, 12, 6, 23):  # Sunday night: not yet
        call_command("send_subscription_emails", verbosity=0)
        assert not digests().exists()
    with at(2026, 12, 7, 0, 5):  # Monday
        call_command("send_subscription_emails", verbosity=0)
        call_command("send_subscription_emails", verbosity=0)
    assert [email.to for email in digests()] == ["weekly-fr@example.org", "weekly@example.org"]
    english = digests().get(to=weekly.email)
    assert "Volos signs" in english.body_text and "Meeting in Kyiv" in english.body_text
    assert "30 November to 6 December 2026" in english.subject
    assert english.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Volos signe" in digests().get(to="weekly-fr@example.org").body_text
    # "Each item" subscribers got the item itself, not a digest.
    assert not digests().filter(to="each@example.org").exists()
