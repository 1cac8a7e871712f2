"""Sending: each confirmed subscriber of a topic and language gets each item once, by email through
the outbox, with the headers that let them leave in one click."""

import datetime
import smtplib
import threading

import pytest
from django.db import connection
from django.utils import timezone

from alliance.core.mail import deliver
from alliance.core.models import OutboundEmail
from alliance.subscriptions import sending, sources
from alliance.subscriptions.models import Announcement, Delivery, State, Subscription

from .conftest import emails_to

pytestmark = pytest.mark.django_db


def items_sent():
    return OutboundEmail.objects.filter(template="subscriptions/emails/item")


def test_publishing_a_news_item_writes_to_its_subscribers_in_its_language(
    subscriber, publish_article, django_capture_on_commit_callbacks
):
    subscriber("en-news@example.org", topics=("news",))
    subscriber("fr-news@example.org", language="fr", topics=("news",))
    subscriber("en-events@example.org", topics=("events",))
    subscriber("weekly@example.org", rhythm="weekly")
    subscriber("pending@example.org", state=State.PENDING)
    subscriber("left@example.org", state=State.LEFT)
    with django_capture_on_commit_callbacks(execute=True):
        publish_article("Torrent joins", title_fr="Torrent rejoint l'Alliance", date=timezone.localdate())
    assert sorted(email.to for email in items_sent()) == ["en-news@example.org", "fr-news@example.org"]
    [french] = emails_to("fr-news@example.org")
    assert french.subject == "Actualités\u00a0: Torrent rejoint l'Alliance"
    assert "/fr/news/" in french.body_text


def test_a_statement_goes_to_those_who_follow_statements(
    subscriber, publish_article, django_capture_on_commit_callbacks
):
    from alliance.news.models import Speaker

    speaker = Speaker.objects.create(name="A Spokesperson", role_en="Spokesperson", role_fr="Porte-parole")
    subscriber("news@example.org", topics=("news",))
    subscriber("statements@example.org", topics=("statements",))
    with django_capture_on_commit_callbacks(execute=True):
        publish_article("On the day", date=timezone.localdate(), kind="statement", speaker=speaker)
    assert [email.to for email in items_sent()] == ["statements@example.org"]


def test_publishing_again_or_an_old_article_sends_nothing_more(
    subscriber, publish_article, django_capture_on_commit_callbacks
):
    subscriber("reader@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = publish_article("New", date=timezone.localdate())
        article.save_revision().publish()
        publish_article("Archive", date=datetime.date(2015, 4, 8))
    assert items_sent().count() == 1


def test_every_email_carries_one_click_unsubscribe_headers(subscriber, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core import mail

    subscriber("reader@example.org")
    announcement = sending.announce("news", "en", "page:x", "Title", "https://example.org/en/news/x/")
    sending.send_announcement(announcement.pk)
    email = items_sent().get()
    deliver(email.pk)
    [message] = mail.outbox
    headers = message.message()
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link, mailto = headers["List-Unsubscribe"].split(", ")
    assert link.startswith("<http") and "/en/subscribe/leave/" in link
    assert mailto.startswith("<mailto:")
    assert "/en/subscribe/preferences/" in message.body


def test_each_subscriber_gets_each_item_once_in_batches(subscriber, monkeypatch):
    monkeypatch.setattr(sending, "BATCH", 3)
    for number in range(7):
        subscriber(f"reader{number}@example.org")
    announcement = sending.announce("news", "en", "page:x", "Title", "https://example.org/x/")
    assert sending.send_batch(announcement.pk) == 3
    # A second worker given the same announcement, and the periodic catch-up, go on from there.
    assert sending.send_announcement(announcement.pk) == 4
    assert sending.send_announcement(announcement.pk) == 0
    assert sorted(email.to for email in items_sent()) == sorted(f"reader{n}@example.org" for n in range(7))
    assert Delivery.objects.count() == 7
    assert Announcement.objects.get().sent_at is not None


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_write_to_no_one_twice(subscriber, monkeypatch):
    monkeypatch.setattr(sending, "BATCH", 5)
    for number in range(40):
        subscriber(f"reader{number}@example.org")
    announcement = sending.announce("news", "en", "page:x", "Title", "https://example.org/x/")

    def worker():
        try:
            sending.send_announcement(announcement.pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert items_sent().count() == 40
    assert items_sent().values("to").distinct().count() == 40


def test_an_event_and_a_published_action_plan_are_announced(
    subscriber, countries, django_capture_on_commit_callbacks
):
    from alliance.events.models import Event

    subscriber("events@example.org", topics=("events",))
    with django_capture_on_commit_callbacks(execute=True):
        Event.objects.create(
            title="Meeting of the national networks",
            slug="networks-2027",
            start_date=timezone.localdate() + datetime.timedelta(days=30),
            city="Strasbourg",
        )
        Event.objects.create(title="Past", slug="past", start_date=datetime.date(2016, 3, 1), city="Kyiv")
    [email] = emails_to("events@example.org")
    assert "Meeting of the national networks" in email.subject
    assert "/en/events/networks-2027/" in email.body_text


def test_round_numbers_of_signatories_are_announced_once(subscriber):
    subscriber("declaration@example.org", topics=("declaration",), language="fr")
    assert sources.declaration_milestones(9) is None
    assert sources.declaration_milestones(113) == 100
    assert sources.declaration_milestones(120) == 100
    for announcement in Announcement.objects.filter(sent_at__isnull=True):
        sending.send_announcement(announcement.pk)
    [email] = emails_to("declaration@example.org")
    assert "100 signataires" in email.subject
    assert sources.milestone(163) == 150 and sources.milestone(260) == 250


def test_an_address_refused_for_good_is_no_longer_written_to(
    subscriber, monkeypatch, django_capture_on_commit_callbacks
):
    subscription = subscriber("gone@example.org")
    announcement = sending.announce("news", "en", "page:x", "Title", "https://example.org/x/")
    sending.send_announcement(announcement.pk)
    email = items_sent().get()

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPRecipientsRefused({"gone@example.org": (550, b"5.1.1 No such user")})

    monkeypatch.setattr("django.core.mail.message.EmailMessage.send", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        assert deliver(email.pk) == OutboundEmail.Status.FAILED
    subscription.refresh_from_db()
    assert subscription.state == State.REFUSED
    second = sending.announce("news", "en", "page:y", "Second", "https://example.org/y/")
    assert sending.send_announcement(second.pk) == 0


def test_a_mail_server_that_is_down_is_tried_again_not_marked(subscriber, monkeypatch):
    subscription = subscriber("reader@example.org")
    announcement = sending.announce("news", "en", "page:x", "Title", "https://example.org/x/")
    sending.send_announcement(announcement.pk)

    def busy(self, *args, **kwargs):
        raise smtplib.SMTPRecipientsRefused({"reader@example.org": (451, b"4.3.0 Try again later")})

    monkeypatch.setattr("django.core.mail.message.EmailMessage.send", busy)
    assert deliver(items_sent().get().pk) == OutboundEmail.Status.QUEUED
    subscription.refresh_from_db()
    assert subscription.state == State.CONFIRMED


def test_the_subscribers_never_show_on_a_public_page_or_in_open_data(client, subscriber):
    subscriber("secret-reader@example.org")
    for url in ("/en/", "/en/subscribe/", "/api/v1/", "/api/v1/datapackage.json", "/sitemap.xml"):
        assert b"secret-reader" not in client.get(url).content
    assert Subscription.objects.count() == 1
