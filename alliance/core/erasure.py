"""Erasing a person's data everywhere the platform copied it: the audit history and the outbox.

A record deleted at its owner's request (an application, a message, a signature) leaves copies: the
labels and data of its earlier audit entries name the person, and the emails sent about it hold
their name, address and text. Each domain deletes its own record in its services, and calls these
for the copies, inside the same transaction. The audit keeps that something was erased, by whom
and when, under a neutral label ("Contact message 12"), never what it held.
"""

import datetime
import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import OutboundEmail

logger = logging.getLogger(__name__)


def neutral_label(instance):
    """ "contact message 12": what the audit may say of an erased record."""
    return f"{instance._meta.model_name.replace('_', ' ')} {instance.pk}"


def forget_history(instance, label=None):
    """Blank the personal data of every audit entry of `instance`: the label becomes neutral, the
    data (statuses, messages to the sender) goes."""
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        object_id=str(instance.pk),
    ).update(label=label or neutral_label(instance), data={})


def forget_emails(address, since):
    """Delete the emails to or from `address` queued since `since` (the record's creation): their
    bodies hold what the person wrote or what was written to them."""
    if not address:
        return 0
    since = since - datetime.timedelta(minutes=1)
    deleted, _ = OutboundEmail.objects.filter(
        Q(to=address) | Q(reply_to=address), created_at__gte=since
    ).delete()
    return deleted


def delete_files_on_commit(storage, names):
    """Delete the files once the transaction that erased their record commits (never before: a
    rollback must find them). A file already gone is no error."""
    names = [name for name in names if name]

    def delete():
        for name in names:
            try:
                storage.delete(name)
            except OSError:
                logger.exception("Could not delete %s; delete it by hand", name)

    if names:
        transaction.on_commit(delete)


def forget_sent_emails(days, now=None):
    """Delete the emails sent or given up more than `days` days ago (their retention period)."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    done = (OutboundEmail.Status.SENT, OutboundEmail.Status.FAILED)
    deleted, _ = OutboundEmail.objects.filter(status__in=done, created_at__lt=cutoff).delete()
    return deleted
