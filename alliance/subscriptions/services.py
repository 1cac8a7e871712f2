"""Every change to a subscription: one transaction each, the row locked, audited without the address."""

import datetime
import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail.log_actions import log

from alliance.core.erasure import forget_emails, forget_history
from alliance.core.mail import queue_email

from . import links
from .models import Rhythm, State, Subscription, Topic, new_key

EVER = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
UNCONFIRMED_DAYS = 7
# A subscription that ended is kept this long (what was asked and when), then deleted.
ENDED_DAYS = 30


def normalise(email):
    """Addresses are kept in lower case: one subscription per mailbox, however it is typed."""
    return email.strip().lower()


def origin_hash(ip_address):
    """A keyed hash of the address a sign-up came from: evidence of the consent, not the address."""
    if not ip_address:
        return ""
    return salted_hmac("alliance.subscriptions.origin", ip_address).hexdigest()[:64]


def notice_version(consent_text):
    """The version of the wording consented to: a short hash of the text the person saw."""
    return hashlib.sha256(consent_text.encode()).hexdigest()[:16]


def _audit(subscription, action, user=None, **data):
    log(
        subscription,
        action,
        user=user,
        title=f"Subscription {subscription.pk}",
        data={"subscription": subscription.pk, **data},
    )


def _apply(subscription, topics, language, rhythm):
    for topic in Topic.values:
        setattr(subscription, f"follows_{topic}", topic in topics)
    subscription.language = language
    subscription.rhythm = rhythm if rhythm in Rhythm.values else Rhythm.EACH


def subscribe(email, topics, language, rhythm, *, consent_text, ip_address=None):
    """Ask for a subscription: only the confirmation email is sent until its link is followed.

    An address already confirmed is left as it is and told so by email, with its preferences
    link: the page answers the same either way, so nobody learns who subscribed.
    """
    try:
        return _subscribe(normalise(email), topics, language, rhythm, consent_text, ip_address)
    except IntegrityError:
        # The same address sent twice at the same instant: the first created it; this one meets it.
        return _subscribe(normalise(email), topics, language, rhythm, consent_text, ip_address)


def _subscribe(email, topics, language, rhythm, consent_text, ip_address):
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(email=email).first()
        if subscription is not None and subscription.state == State.CONFIRMED:
            queue_email(
                subscription.email,
                "subscriptions/emails/already",
                {"manage_url": links.manage_url(subscription)},
                subscription.language,
            )
            return subscription
        if subscription is None:
            subscription = Subscription(email=email)
        elif subscription.state != State.PENDING:
            subscription.key = new_key()  # links of the ended subscription stay dead
        _apply(subscription, topics, language, rhythm)
        subscription.state = State.PENDING
        subscription.created_at = timezone.now()
        subscription.confirmed_at = subscription.left_at = None
        subscription.consent_text = consent_text
        subscription.notice_version = notice_version(consent_text)
        subscription.origin_hash = origin_hash(ip_address)
        subscription.save()
        queue_email(
            subscription.email,
            "subscriptions/emails/confirm",
            {"subscription": subscription, "confirm_url": links.confirm_url(subscription)},
            subscription.language,
        )
        _audit(subscription, "subscriptions.subscribe", topics=subscription.topics)
    return subscription


def confirm(key):
    """Confirm a pending subscription (its owner followed the link). Returns it, or None."""
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(key=key).first()
        if subscription is None:
            return None
        if subscription.state == State.PENDING:
            subscription.state = State.CONFIRMED
            subscription.confirmed_at = timezone.now()
            subscription.save(update_fields=["state", "confirmed_at"])
            _audit(
                subscription,
                "subscriptions.confirm",
                notice_version=subscription.notice_version,
                origin=subscription.origin_hash,
            )
        return subscription


def change(key, topics, language, rhythm):
    """New preferences from the page the emails link to."""
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(key=key, state=State.CONFIRMED).first()
        if subscription is None:
            return None
        _apply(subscription, topics, language, rhythm)
        subscription.save()
        _audit(subscription, "subscriptions.change", topics=subscription.topics, rhythm=subscription.rhythm)
        return subscription


def leave(key, *, how="link"):
    """End a subscription at once; nothing more is sent. Returns it, or None for an unknown key."""
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(key=key).first()
        if subscription is None:
            return None
        if subscription.state in (State.PENDING, State.CONFIRMED):
            subscription.state = State.LEFT
            subscription.left_at = timezone.now()
            subscription.save(update_fields=["state", "left_at"])
            _audit(subscription, "subscriptions.leave", how=how)
        return subscription


def refuse(addresses):
    """The mail server refused these addresses for good: stop writing to them."""
    addresses = [normalise(address) for address in addresses]
    with transaction.atomic():
        for subscription in Subscription.objects.select_for_update().filter(
            email__in=addresses, state__in=[State.PENDING, State.CONFIRMED]
        ):
            subscription.state = State.REFUSED
            subscription.left_at = timezone.now()
            subscription.save(update_fields=["state", "left_at"])
            _audit(subscription, "subscriptions.refused")


def erase(email, user):
    """Delete everything about an address at its owner's request: the subscription, its record of
    consent, the emails sent to it and the address in its history. True when there was something."""
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(email=normalise(email)).first()
        if subscription is None:
            return False
        forget_history(subscription, label=f"Subscription {subscription.pk}")
        forget_emails(subscription.email, since=EVER)
        log(
            subscription,
            "subscriptions.erase",
            user=user,
            title=f"Subscription {subscription.pk}",
            data={"subscription": subscription.pk},
            deleted=True,
        )
        subscription.delete()
        return True


def forget_old(now=None):
    """Delete sign-ups never confirmed within a week, and ended subscriptions after a month."""
    now = now or timezone.now()
    unconfirmed = Subscription.objects.filter(
        state=State.PENDING, created_at__lt=now - timedelta(days=UNCONFIRMED_DAYS)
    )
    ended = Subscription.objects.filter(
        state__in=[State.LEFT, State.REFUSED], left_at__lt=now - timedelta(days=ENDED_DAYS)
    )
    return unconfirmed.delete()[0] + ended.delete()[0]


def unsubscribe_headers(subscription):
    """RFC 2369 and RFC 8058 headers: leave by link (one click, POST) or by email."""
    token = links.manage_token(subscription)
    mailbox = getattr(settings, "SUBSCRIPTIONS_LEAVE_MAILBOX", settings.SECRETARIAT_EMAIL)
    return {
        "List-Unsubscribe": f"<{links.leave_url(subscription)}>, <mailto:{mailbox}?subject=unsubscribe%20{token}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"Alliance for Roma Inclusion <subscriptions.{_host()}>",
    }


def _host():
    from urllib.parse import urlsplit

    return urlsplit(settings.SITE_URL).hostname or "localhost"
