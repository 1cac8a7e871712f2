"""Outgoing email: rendered in the recipient's language, stored with the change, sent exactly once."""

import asyncio
import socket
from datetime import datetime, timedelta
from smtplib import SMTPServerDisconnected
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from alliance.core.mail import deliver, enqueue, queue_email
from alliance.core.models import OutboundEmail

NOON = datetime(2026, 3, 2, 12, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.fixture
def run_worker(django_capture_on_commit_callbacks, monkeypatch):
    """What `manage.py db_worker` does, once: run every task that is due, then stop.

    The test runs inside a transaction that never commits, so the worker's own on-commit
    work (enqueueing a retry) is run by hand when its transaction ends; and the worker must not
    close the test's database connection between tasks as it does in production.
    """
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("db_worker", batch=True, startup_delay=False, reload=False, interval=0, verbosity=0)

    return run


TEMPLATE = "core/emails/test-message"
ADDRESS = "mayor@korce.example.al"


def queue_test_message(capture, language="fr", note=""):
    with capture(execute=True):
        with transaction.atomic():
            return queue_email(ADDRESS, TEMPLATE, {"address": ADDRESS, "note": note}, language)


@time_machine.travel(NOON, tick=False)
def test_it_sends_text_and_html_in_the_recipients_language(
    db, django_capture_on_commit_callbacks, run_worker
):
    email = queue_test_message(django_capture_on_commit_callbacks, language="fr", note="Tom & <Jerry>")
    assert mail.outbox == []  # Nothing leaves before the worker runs.

    run_worker()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [ADDRESS]
    assert message.subject == "Message d’essai de la plateforme de l’Alliance"
    assert "Vous n’avez pas besoin de répondre." in message.body
    assert "Remarque\u00a0: Tom & <Jerry>" in message.body  # The text part is not HTML-escaped.
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "Vous n’avez pas besoin de répondre." in html
    assert "Tom &amp; &lt;Jerry&gt;" in html  # The HTML part is.
    assert message.extra_headers["Content-Language"] == "fr"
    email.refresh_from_db()
    assert (email.status, email.attempts, email.sent_at) == ("sent", 1, NOON)


def test_it_sends_english_to_an_english_reader(db, django_capture_on_commit_callbacks, run_worker):
    queue_test_message(django_capture_on_commit_callbacks, language="en")
    run_worker()
    assert mail.outbox[0].subject == "Test message from the Alliance platform"
    assert "You do not need to reply." in mail.outbox[0].body
    assert "Note:" not in mail.outbox[0].body


def test_nothing_is_stored_or_sent_when_the_change_rolls_back(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            queue_email(ADDRESS, TEMPLATE, {"address": ADDRESS}, "en")
            raise RuntimeError("the application could not be saved")
    assert callbacks == []
    assert OutboundEmail.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_it_retries_after_a_failure_and_sends_exactly_once(
    db, django_capture_on_commit_callbacks, run_worker
):
    real_send = EmailBackend.send_messages
    calls = []

    def flaky_send(backend, messages):
        calls.append(messages)
        if len(calls) == 1:
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        return real_send(backend, messages)

    with (
        time_machine.travel(NOON, tick=False) as clock,
        mock.patch.object(EmailBackend, "send_messages", flaky_send),
    ):
        email = queue_test_message(django_capture_on_commit_callbacks)
        run_worker()

        email.refresh_from_db()
        assert (email.status, email.attempts) == ("queued", 1)
        assert "Connection unexpectedly closed" in email.last_error
        assert email.next_attempt_at == NOON + timedelta(seconds=60)
        assert mail.outbox == []

        run_worker()  # The retry is not due yet.
        enqueue(email.pk)  # A stray copy of the task, run now, does not jump the backoff either.
        run_worker()
        call_command("send_pending_emails", verbosity=0)
        assert len(calls) == 1

        clock.shift(timedelta(seconds=61))
        run_worker()
        email.refresh_from_db()
        assert (email.status, email.attempts, email.last_error) == ("sent", 2, "")
        assert len(mail.outbox) == 1

        # Whatever comes after (a late task, the sweep, a second worker), it is not sent again.
        assert deliver(email.pk) == "sent"
        call_command("send_pending_emails", verbosity=0)
        run_worker()
        assert len(mail.outbox) == 1
        assert len(calls) == 2


def test_the_task_is_queued_in_the_same_transaction_as_the_email(db):
    queue_email(ADDRESS, TEMPLATE, {"address": ADDRESS}, "en")
    assert DBTaskResult.objects.count() == 1  # no on-commit callback was needed


def test_the_sweep_sends_an_email_whose_enqueue_was_lost(db):
    # The task row goes in with the email; here it is lost (a purged queue, a worker's bug).
    queue_email(ADDRESS, TEMPLATE, {"address": ADDRESS}, "en")
    assert DBTaskResult.objects.count() == 1
    DBTaskResult.objects.all().delete()

    call_command("send_pending_emails", verbosity=0)

    assert len(mail.outbox) == 1
    assert OutboundEmail.objects.get().status == "sent"


def test_it_gives_up_after_the_last_delay_and_can_be_retried(db, settings):
    settings.EMAIL_RETRY_DELAYS = [60]
    refused = mock.patch.object(EmailBackend, "send_messages", side_effect=OSError("Connection refused"))
    with refused, time_machine.travel(NOON, tick=False) as clock:
        email = queue_email(ADDRESS, TEMPLATE, {"address": ADDRESS}, "en")
        assert deliver(email.pk) == "queued"
        assert deliver(email.pk) == "queued"  # Not due again yet: no attempt is made.
        email.refresh_from_db()
        assert email.attempts == 1
        clock.shift(timedelta(seconds=60))
        assert deliver(email.pk) == "failed"
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("failed", 2, "OSError: Connection refused")

    call_command("send_pending_emails", verbosity=0)
    assert mail.outbox == []  # Failed emails stay failed until an administrator asks again.
    call_command("send_pending_emails", retry_failed=True, verbosity=0)
    assert len(mail.outbox) == 1


def test_the_test_email_command_queues_a_message(db):
    call_command("send_test_email", "it@example.org", language="fr", verbosity=0)
    email = OutboundEmail.objects.get()
    assert (email.to, email.language, email.status) == ("it@example.org", "fr", "queued")
    assert "it@example.org" in email.body_text


def test_it_refuses_an_email_without_recipient(db):
    with pytest.raises(ValueError):
        queue_email([], TEMPLATE, {"address": ADDRESS}, "en")


def test_an_unknown_language_falls_back_to_english(db):
    email = queue_email("a@example.org", TEMPLATE, {"address": ADDRESS}, "xx")
    assert (email.language, email.subject) == ("en", "Test message from the Alliance platform")


# ---------------------------------------------------------------- a real SMTP server


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def test_it_waits_for_the_smtp_server_and_then_sends_once(
    db, settings, django_capture_on_commit_callbacks, run_worker
):
    from aiosmtpd.controller import Controller

    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""

    with time_machine.travel(NOON, tick=True) as clock:
        # The server is down: the email stays queued and the attempt is counted.
        email = queue_test_message(django_capture_on_commit_callbacks)
        run_worker()
        email.refresh_from_db()
        assert (email.status, email.attempts) == ("queued", 1)
        assert "refused" in email.last_error.lower()

        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=port, loop=asyncio.new_event_loop())
        controller.start()
        try:
            clock.shift(timedelta(seconds=61))
            run_worker()
            call_command("send_pending_emails", verbosity=0)
            run_worker()
        finally:
            controller.stop()

    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 2)
    assert len(inbox.messages) == 1
    envelope = inbox.messages[0]
    assert envelope.rcpt_tos == ["mayor@korce.example.al"]
    raw = envelope.content.decode()
    assert "multipart/alternative" in raw
    assert "text/html" in raw
