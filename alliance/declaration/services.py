"""Every change to a signature: each runs in one transaction, locks what it touches and is audited."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from alliance.core.links import absolute_reverse, make_link_token
from alliance.core.mail import queue_email

from . import counters
from .models import STANDING, Signature, Status, network_of

CONFIRM_PURPOSE = "declaration-confirm"
WITHDRAW_PURPOSE = "declaration-withdraw"
CONFIRM_MAX_AGE = 7 * 24 * 3600
# A signer may withdraw for as long as the signature stands.
WITHDRAW_MAX_AGE = 20 * 365 * 24 * 3600


class DuplicateSignature(Exception):
    """The same person (or the same mailbox) already signed for this authority."""


class WrongState(Exception):
    """The signature is not in a state that allows this step."""


def _link(name, purpose, signature):
    return absolute_reverse(name, make_link_token(purpose, signature.pk), language=signature.language)


def sign(signature, ip_address=None):
    """Store a new signature (not yet public) and queue the email that confirms it.

    The unique constraints catch a duplicate even when two requests race; nothing is written then.
    """
    signature.status = Status.UNCONFIRMED
    signature.signed_on = timezone.localdate()
    signature.ip_address = ip_address or None
    signature.ip_network = network_of(ip_address)
    try:
        with transaction.atomic():
            signature.save()
            _queue_confirmation(signature)
    except IntegrityError as error:
        signature.pk = None
        raise DuplicateSignature from error
    return signature


def _queue_confirmation(signature):
    queue_email(
        signature.email,
        "declaration/emails/sign-confirm",
        {
            "signature": signature,
            "confirm_url": _link("declaration:confirm", CONFIRM_PURPOSE, signature),
            "withdraw_url": _link("declaration:withdraw", WITHDRAW_PURPOSE, signature),
        },
        signature.language,
    )


def answer_repeat(attempt):
    """Someone signed again for an authority where the same person, or the same mailbox, already
    stands. The public answer is the one every signer gets ("check your email"): whether anyone
    signed, hidden or pending, shows on no page. Only the address on file learns of it.

    The same mailbox before confirming gets its confirmation link again (a new one); any other
    repeat tells the address on file that someone tried to sign again in that name, with the link
    to withdraw. The new address gets nothing, so it learns nothing of the other. Returns what was
    sent: "confirmation", "notice" or "" (nothing on file to tell).
    """
    existing = find_duplicate(attempt)
    if existing is None or not existing.email:
        return ""
    same_mailbox = bool(attempt.email_canonical) and existing.email_canonical == attempt.email_canonical
    with transaction.atomic():
        if same_mailbox and existing.status == Status.UNCONFIRMED:
            _queue_confirmation(existing)
            return "confirmation"
        queue_email(
            existing.email,
            "declaration/emails/signed-again",
            {
                "signature": existing,
                "same_mailbox": same_mailbox,
                "unconfirmed": existing.status == Status.UNCONFIRMED,
                "confirm_url": _link("declaration:confirm", CONFIRM_PURPOSE, existing),
                "withdraw_url": _link("declaration:withdraw", WITHDRAW_PURPOSE, existing),
            },
            existing.language,
        )
        log(existing, "declaration.signed_again", data={"same_mailbox": same_mailbox})
    return "notice"


def find_duplicate(signature):
    """The standing signature this one would duplicate, if any (checked again by the database)."""
    signature.fill_derived()
    standing = Signature.objects.filter(status__in=STANDING, authority_key=signature.authority_key)
    by_name = standing.filter(signer_name_folded=signature.signer_name_folded)
    if signature.email_canonical:
        by_name = by_name | standing.filter(email_canonical=signature.email_canonical)
    return by_name.first()


def confirm(pk):
    """The signer confirmed their address: the signature waits for a moderator."""
    with transaction.atomic():
        signature = Signature.objects.select_for_update().get(pk=pk)
        if signature.status != Status.UNCONFIRMED:
            return signature, False
        signature.status = Status.CONFIRMED
        signature.confirmed_at = timezone.now()
        signature.save(update_fields=["status", "confirmed_at"])
        log(signature, "declaration.confirm", data={"source": signature.source})
    return signature, True


def verify(pk, user):
    with transaction.atomic():
        signature = Signature.objects.select_for_update().get(pk=pk)
        if signature.status not in (Status.CONFIRMED, Status.UNCONFIRMED):
            raise WrongState(signature.status)
        signature.status = Status.VERIFIED
        signature.reviewed_at = timezone.now()
        signature.rejection_reason = ""
        signature.save(update_fields=["status", "reviewed_at", "rejection_reason"])
        log(signature, "declaration.verify", user=user)
        counters.warm_on_commit()
        if signature.email:
            queue_email(
                signature.email,
                "declaration/emails/signature-verified",
                {
                    "signature": signature,
                    "list_url": _list_url(signature),
                    "withdraw_url": _link("declaration:withdraw", WITHDRAW_PURPOSE, signature),
                },
                signature.language,
            )
    return signature


def reject(pk, user, reason):
    with transaction.atomic():
        signature = Signature.objects.select_for_update().get(pk=pk)
        if signature.status not in (Status.CONFIRMED, Status.UNCONFIRMED, Status.VERIFIED):
            raise WrongState(signature.status)
        was_public = signature.status == Status.VERIFIED
        signature.status = Status.REJECTED
        signature.reviewed_at = timezone.now()
        signature.rejection_reason = reason
        signature.save(update_fields=["status", "reviewed_at", "rejection_reason"])
        log(signature, "declaration.reject", user=user, data={"reason": reason})
        if was_public:
            counters.warm_on_commit()
        if signature.email:
            queue_email(
                signature.email,
                "declaration/emails/signature-rejected",
                {"signature": signature, "reason": reason},
                signature.language,
            )
    return signature


def withdraw(pk):
    """The signer takes their signature back; it leaves the public list at once."""
    with transaction.atomic():
        signature = Signature.objects.select_for_update().get(pk=pk)
        if signature.status not in STANDING:
            return signature, False
        was_public = signature.status == Status.VERIFIED
        signature.status = Status.WITHDRAWN
        signature.save(update_fields=["status"])
        log(signature, "declaration.withdraw")
        if was_public:
            counters.warm_on_commit()
    return signature, True


def invalidate(queryset, user, reason, condition):
    """Invalidate every standing signature the condition selects (a burst of fake signatures)."""
    with transaction.atomic():
        chosen = list(queryset.filter(status__in=STANDING).select_for_update())
        any_public = False
        for signature in chosen:
            any_public = any_public or signature.status == Status.VERIFIED
            signature.status = Status.INVALIDATED
            signature.rejection_reason = reason
            signature.reviewed_at = timezone.now()
            log(
                signature,
                "declaration.invalidate",
                user=user,
                data={"reason": reason, "condition": condition},
            )
        Signature.objects.bulk_update(chosen, ["status", "rejection_reason", "reviewed_at"])
        if any_public:
            counters.warm_on_commit()
    return len(chosen)


def erase_ips(days, now=None):
    """Erase the IP addresses of verified signatures older than the retention period."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return (
        Signature.objects.filter(status=Status.VERIFIED, created_at__lt=cutoff)
        .exclude(ip_address=None, ip_network="")
        .update(ip_address=None, ip_network="")
    )


def personal_data(signature):
    """Everything the platform holds about a signer, for their request to see it."""
    return {
        "signature": signature.pk,
        "name": signature.signer_name,
        "office": signature.office,
        "party_or_group": signature.party,
        "name_may_be_shown": signature.show_name,
        "signs": signature.capacity,
        "authority": signature.authority_name,
        "country": signature.country.code,
        "level": signature.level,
        "email": signature.email,
        "status": signature.status,
        "source": signature.source,
        "signed_on": signature.signed_on.isoformat() if signature.signed_on else None,
        "received_at": signature.created_at.isoformat(),
        "email_confirmed_at": signature.confirmed_at.isoformat() if signature.confirmed_at else None,
        "reviewed_at": signature.reviewed_at.isoformat() if signature.reviewed_at else None,
        "reason": signature.rejection_reason,
        "language": signature.language,
        "ip_address": signature.ip_address,
    }


def forget(pk, user):
    """Delete a signature at its signer's request; the audit keeps the fact, not the data."""
    with transaction.atomic():
        signature = Signature.objects.select_for_update().get(pk=pk)
        was_public = signature.status == Status.VERIFIED
        log(
            signature,
            "declaration.forget",
            user=user,
            title=f"Signature {signature.pk}",
            data={"signature": signature.pk},
            deleted=True,
        )
        signature.delete()
        if was_public:
            counters.warm_on_commit()


def _list_url(signature):
    return absolute_reverse("declaration:signatories", language=signature.language)
