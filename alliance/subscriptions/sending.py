"""Announcements and what goes out for them: one email an item to those who want each item, a
weekly digest to the others.

Writing to thousands of people is done in batches of short transactions. Each batch locks the
announcement (or the week's digest), writes to the next subscribers in order of their id, and
moves the announcement's `sent_up_to` past them, in the same transaction as their emails and their
`Delivery` rows. So a crash loses no one and repeats no one, and two task workers given the same
announcement take turns instead of writing twice; the unique `Delivery` rows are the last guard.
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import override

from alliance.core.mail import render_email, store_email

from . import links
from .models import Announcement, Delivery, Digest, Rhythm, Subscription, Topic
from .services import unsubscribe_headers

logger = logging.getLogger(__name__)

BATCH = 200
ITEM = "subscriptions/emails/item"
DIGEST = "subscriptions/emails/digest"
# Placeholders for each subscriber's own links in a message rendered once for all of them.
_MANAGE, _LEAVE = "https://manage.invalid/", "https://leave.invalid/"


def announce(topic, language, source, title, url, *, summary="", published_at=None):
    """Record an item to announce, once per source and language; queue its sending on commit.

    Returns the Announcement, or None when this item was already announced in this language.
    """
    try:
        with transaction.atomic():
            announcement = Announcement.objects.create(
                topic=topic,
                language=language,
                source=source,
                title=title[:255],
                summary=summary,
                url=url,
                published_at=published_at or timezone.now(),
            )
    except IntegrityError:
        return None
    transaction.on_commit(lambda: _enqueue(announcement.pk))
    return announcement


def _enqueue(announcement_id):
    from .tasks import send_announcement

    try:
        send_announcement.enqueue(announcement_id)
    except Exception:
        # The periodic round sends what is left of any announcement (send_unsent).
        logger.exception(
            "Could not enqueue announcement %s; the periodic round will send it", announcement_id
        )


def render_item(announcement):
    return render_email(
        ITEM,
        {"announcement": announcement, "manage_url": _MANAGE, "leave_url": _LEAVE},
        announcement.language,
    )


def _personal(rendered, subscription):
    manage, leave = links.manage_url(subscription), links.leave_url(subscription)
    return [part.replace(_MANAGE, manage).replace(_LEAVE, leave) for part in rendered]


def send_batch(announcement_id):
    """Write to the next batch of subscribers; returns how many were written to (0: all done)."""
    with transaction.atomic():
        announcement = Announcement.objects.select_for_update().filter(pk=announcement_id).first()
        if announcement is None or announcement.sent_at:
            return 0
        batch = list(
            Subscription.objects.following(announcement.topic, announcement.language)
            .filter(rhythm=Rhythm.EACH, pk__gt=announcement.sent_up_to)
            .order_by("pk")[:BATCH]
        )
        if not batch:
            announcement.sent_at = timezone.now()
            announcement.save(update_fields=["sent_at"])
            return 0
        rendered = render_item(announcement)
        Delivery.objects.bulk_create(
            [Delivery(subscription=subscription, announcement=announcement) for subscription in batch]
        )
        for subscription in batch:
            subject, text, html = _personal(rendered, subscription)
            store_email(
                subscription.email,
                subject,
                text,
                html,
                announcement.language,
                template=ITEM,
                headers=unsubscribe_headers(subscription),
            )
        announcement.sent_up_to = batch[-1].pk
        announcement.save(update_fields=["sent_up_to"])
        return len(batch)


def send_announcement(announcement_id):
    """Write to every subscriber who wants this item as it comes. Returns how many."""
    total = 0
    while written := send_batch(announcement_id):
        total += written
    return total


def send_unsent(now=None):
    """Finish every announcement whose sending was interrupted or never enqueued."""
    now = now or timezone.now()
    stale = Announcement.objects.filter(
        sent_at__isnull=True, published_at__lte=now - datetime.timedelta(minutes=5)
    )
    return sum(send_announcement(pk) for pk in stale.values_list("pk", flat=True))


# ---------------------------------------------------------------- weekly digest


def week_of(moment):
    year, week, _day = timezone.localtime(moment).isocalendar()
    return f"{year}-W{week:02d}"


def _week_bounds(moment):
    """The local Monday 00:00 of the week of `moment`, and of the week before."""
    local = timezone.localtime(moment)
    monday = (local - datetime.timedelta(days=local.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    return monday - datetime.timedelta(days=7), monday


def send_digest_batch(now=None):
    """On and after Monday, the digest of last week to the next batch of weekly subscribers.

    Returns how many digests were written (0: this week's digest is done or there is nothing)."""
    now = now or timezone.now()
    week = week_of(now)
    start, end = _week_bounds(now)
    with transaction.atomic():
        digest, _created = Digest.objects.get_or_create(week=week)
        digest = Digest.objects.select_for_update().get(pk=digest.pk)
        if digest.done_at:
            return 0
        items = list(
            Announcement.objects.filter(published_at__gte=start, published_at__lt=end).order_by(
                "published_at"
            )
        )
        batch = list(
            Subscription.objects.confirmed()
            .filter(rhythm=Rhythm.WEEKLY, pk__gt=digest.sent_up_to, confirmed_at__lt=end)
            .order_by("pk")[:BATCH]
        )
        if not batch:
            digest.done_at = now
            digest.save(update_fields=["done_at"])
            return 0
        written = 0
        for subscription in batch:
            theirs = [
                item
                for item in items
                if item.language == subscription.language and subscription.follows(item.topic)
            ]
            if not theirs:
                continue
            Delivery.objects.create(subscription=subscription, digest_week=week)
            store_email(
                subscription.email,
                *_render_digest(theirs, subscription, start, end),
                subscription.language,
                template=DIGEST,
                headers=unsubscribe_headers(subscription),
            )
            written += 1
        digest.sent_up_to = batch[-1].pk
        digest.save(update_fields=["sent_up_to"])
        return written or -1  # -1: a batch with nothing to say to anyone, but more may follow


def _render_digest(items, subscription, start, end):
    by_topic = [
        (Topic(topic).label, [item for item in items if item.topic == topic]) for topic in Topic.values
    ]
    with override(subscription.language):
        sections = [(str(label), rows) for label, rows in by_topic if rows]
    context = {
        "sections": sections,
        "first_day": timezone.localtime(start).date(),
        "last_day": timezone.localtime(end).date() - datetime.timedelta(days=1),
        "manage_url": links.manage_url(subscription),
        "leave_url": links.leave_url(subscription),
    }
    return render_email(DIGEST, context, subscription.language)


def send_digests(now=None):
    """The whole of this week's digest (the periodic loop calls it every round). Returns how many."""
    total = 0
    while written := send_digest_batch(now):
        total += max(written, 0)
    return total
