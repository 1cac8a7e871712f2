"""Outgoing email: stored first, sent by the task worker, retried until it goes out.

How it works, end to end:

1. ``queue_email()`` renders the three templates in the recipient's language and writes an
   ``OutboundEmail`` row inside the caller's transaction. Nothing leaves before that transaction
   commits: if the change it reports rolls back, so does the email.
2. On commit it enqueues ``alliance.core.tasks.send_email`` (django-tasks, database backend).
   ``manage.py run_tasks`` runs it.
3. ``deliver()`` locks the row (``select_for_update``; on SQLite the IMMEDIATE transaction mode
   serialises writers the same way), skips it unless it is still queued, and sends it through
   Django's mail backend. Two workers, or a worker and the sweep below, can never both send it.
4. When sending fails (SMTP down, timeout), the attempt is counted, the error kept, and the task
   is enqueued again with ``run_after`` set from ``settings.EMAIL_RETRY_DELAYS`` (seconds, growing).
   Once the delays are used up the email is marked failed; an administrator sees it in the back office.
5. ``manage.py send_pending_emails`` (run it from cron every few minutes next to the worker) sends,
   or with ``--enqueue`` hands to the worker, every queued email whose next attempt is due. So an
   email whose enqueue was lost (process killed between commit and enqueue, worker queue wiped) still
   goes out. ``--retry-failed`` puts failed emails back in the queue first.

The row is the source of truth; a task only carries the row's id. The one window for a duplicate
is a crash after the SMTP server accepted a message but before the row was marked sent.
"""

import logging
import re
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.dispatch import Signal
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import timezone, translation

from alliance.core.languages import language_code
from alliance.core.models import OutboundEmail

logger = logging.getLogger(__name__)

# Sent when the mail server refuses every recipient of an email for good (a 5xx reply): the address
# does not exist or will not take mail. Apps that write to the public (subscriptions) stop writing
# to it. Arguments: email (the OutboundEmail), recipients (the refused addresses).
email_refused = Signal()

DEFAULT_RETRY_DELAYS = [60, 120, 300, 600, 1800, 3600, 7200, 14400, 28800, 43200, 86400, 86400, 86400]
# Line breaks and runs of ordinary spaces; a no-break space (French typography) stays as it is.
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def _addresses(value):
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    return [address.strip() for address in value if address and address.strip()]


def _render(name, context, *, autoescape):
    # The low-level template, so that context processors (which expect a request) stay out
    # and text parts are not HTML-escaped.
    template = get_template(name).template
    return template.render(Context(context, autoescape=autoescape))


def render_email(template, context, language):
    """(subject, text, html) of the email `template` in `language`; html is "" if there is none."""
    context = {"site_url": settings.SITE_URL, "language": language, **(context or {})}
    with translation.override(language):
        # One line, whatever the template's layout: a header cannot hold line breaks.
        subject = _render(f"{template}-subject.txt", context, autoescape=False)
        subject = _SPACES.sub(" ", subject).strip()[:255]
        text = _render(f"{template}-body.txt", context, autoescape=False)
        try:
            # The subject is also the HTML part's <title> (core/emails/base.html).
            html = _render(f"{template}-body.html", {**context, "subject": subject}, autoescape=True)
        except TemplateDoesNotExist:
            html = ""
    return subject, text.strip() + "\n", html.strip()


def queue_email(to, template, context, language, *, reply_to=None, headers=None):
    """Store an email to `to` (an address or a list) and send it once the transaction commits.

    `template` is a prefix such as "applications/emails/join-confirm": the files
    `<template>-subject.txt`, `<template>-body.txt` and `<template>-body.html` are rendered
    in `language` ("en", "fr"). `headers` are extra header lines ({"List-Unsubscribe": ...}).
    Returns the OutboundEmail row.
    """
    language = language_code(language)
    subject, text, html = render_email(template, context, language)
    return store_email(
        to, subject, text, html, language, template=template, reply_to=reply_to, headers=headers
    )


def store_email(to, subject, text, html, language, *, template="", reply_to=None, headers=None):
    """Store an email already rendered (see render_email) and send it once the transaction commits.

    For a message written to many people at once, rendered once and given to each their own links.
    """
    recipients = _addresses(to)
    if not recipients:
        raise ValueError("an email needs at least one recipient")
    email = OutboundEmail.objects.create(
        to="\n".join(recipients),
        reply_to="\n".join(_addresses(reply_to)),
        subject=subject,
        body_text=text,
        body_html=html,
        language=language_code(language),
        template=template,
        headers=dict(headers or {}),
    )
    if _queue_is_in_the_database():
        # The task row is written in the same transaction as the email: both or neither, and one
        # commit instead of two (which matters under a rush of signatures).
        enqueue(email.pk)
    else:
        transaction.on_commit(lambda: enqueue(email.pk))
    return email


def _queue_is_in_the_database():
    from alliance.core.tasks import send_email

    return send_email.get_backend().__class__.__module__.startswith("django_tasks_db")


def enqueue(email_id, run_after=None):
    """Hand the email to the task worker. A lost enqueue is caught up by send_pending_emails."""
    from alliance.core.tasks import send_email

    try:
        task = send_email
        if run_after is not None:
            if not task.get_backend().supports_defer:
                return None  # The sweep will send it when it is due.
            task = task.using(run_after=run_after)
        return task.enqueue(email_id)
    except Exception:
        logger.exception("Could not enqueue outgoing email %s; send_pending_emails will", email_id)
        return None


def retry_delay(attempts):
    """Seconds to wait after the `attempts`-th failed attempt, or None to give up."""
    delays = getattr(settings, "EMAIL_RETRY_DELAYS", DEFAULT_RETRY_DELAYS)
    if attempts < 1 or attempts > len(delays):
        return None
    return delays[attempts - 1]


def build_message(email):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.recipients,
        reply_to=email.reply_to_list or None,
        headers={**(email.headers or {}), "Content-Language": email.language},
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    return message


def deliver(email_id):
    """Send one queued email if it is due, exactly once. Returns its status afterwards."""
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            return "missing"
        if email.status != OutboundEmail.Status.QUEUED:
            return email.status
        now = timezone.now()
        if email.next_attempt_at > now:
            # A stale task, or a second one for the same attempt: the retry already scheduled
            # will come. Waiting keeps the backoff and stops copies of a task from multiplying.
            return email.status
        email.attempts += 1
        try:
            build_message(email).send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as error:
            refused = list(error.recipients)
            codes = [code for code, _reply in error.recipients.values()]
            if codes and all(500 <= code < 600 for code in codes):
                # Refused for good: trying again would only be refused again.
                email.last_error = f"Refused by the mail server: {error.recipients}"[:2000]
                email.status = OutboundEmail.Status.FAILED
                logger.warning("Email %s refused for good by the mail server: %s", email.pk, refused)
                transaction.on_commit(
                    lambda: email_refused.send(sender=OutboundEmail, email=email, recipients=refused)
                )
            else:
                _schedule_retry(email, error, now)
        except Exception as error:
            _schedule_retry(email, error, now)
        else:
            email.status = OutboundEmail.Status.SENT
            email.sent_at = now
            email.last_error = ""
        email.save(update_fields=["status", "attempts", "last_error", "next_attempt_at", "sent_at"])
        return email.status


def _schedule_retry(email, error, now):
    email.last_error = f"{type(error).__name__}: {error}"[:2000]
    delay = retry_delay(email.attempts)
    if delay is None:
        email.status = OutboundEmail.Status.FAILED
        logger.error("Gave up on email %s after %s attempts: %s", email.pk, email.attempts, error)
    else:
        email.next_attempt_at = now + timedelta(seconds=delay)
        run_after = email.next_attempt_at
        transaction.on_commit(lambda: enqueue(email.pk, run_after=run_after))
        logger.warning("Email %s not sent (attempt %s): %s", email.pk, email.attempts, error)


def send_due_emails(*, now=None, grace_seconds=0, use_worker=False, retry_failed=False):
    """Send (or enqueue) every queued email due `grace_seconds` ago. Returns {status: count}."""
    now = now or timezone.now()
    if retry_failed:
        OutboundEmail.objects.filter(status=OutboundEmail.Status.FAILED).update(
            status=OutboundEmail.Status.QUEUED, attempts=0, next_attempt_at=now
        )
    due = OutboundEmail.objects.due(now - timedelta(seconds=grace_seconds))
    counts = {}
    for email_id in due.order_by("next_attempt_at", "pk").values_list("pk", flat=True):
        status = "enqueued" if use_worker and enqueue(email_id) else None
        if status is None:
            status = deliver(email_id)
        counts[status] = counts.get(status, 0) + 1
    return counts
