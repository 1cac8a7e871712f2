"""Each public form is accepted once.

The signed token that `ProtectionMixin` puts in every public form (see `protection.py`) is also the
form's one-time submission token: the submission that carries it spends it, in the same transaction
as what it stores. Going Back and sending the same page again, or a double click, then finds the
token spent and gets a kind "we already have it" page instead of a second application and a second
email.

    if already_accepted(form):
        return render_already_received(request, ...)
    if form.is_valid():
        try:
            with accepted_once(form, "join"):
                services.submit(form, language)
        except AlreadyAccepted:
            return render_already_received(request, ...)
"""

import datetime
import hashlib
from contextlib import contextmanager

from django.conf import settings
from django.db import IntegrityError, transaction
from django.shortcuts import render
from django.utils import timezone

from .models import AcceptedForm
from .protection import TOKEN, read_form_token


class AlreadyAccepted(Exception):
    """This form's token was already spent by an accepted submission."""


def submission_key(form):
    """The key of the form's one-time token, or None when it carries no genuine token."""
    if not getattr(settings, "FORM_PROTECTION_ENABLED", True):
        return None
    value = form.data.get(form.add_prefix(TOKEN), "")
    if not isinstance(value, str) or read_form_token(value) is None:
        return None
    return hashlib.sha256(value.encode()).hexdigest()


def already_accepted(form):
    """True when a submission with this form's token was already accepted (one indexed query)."""
    key = submission_key(form)
    return key is not None and AcceptedForm.objects.filter(key=key).exists()


@contextmanager
def accepted_once(form, scope):
    """Spend the form's token and run the block in one transaction; AlreadyAccepted if spent."""
    key = submission_key(form)
    with transaction.atomic():
        if key is not None:
            try:
                with transaction.atomic():
                    AcceptedForm.objects.create(key=key, scope=scope)
            except IntegrityError as error:
                raise AlreadyAccepted(scope) from error
        yield


def forget_spent_tokens(now=None):
    """Delete the keys of tokens too old to be accepted anyway; returns how many."""
    max_age = getattr(settings, "FORM_MAX_AGE", 6 * 3600)
    cutoff = (now or timezone.now()) - datetime.timedelta(seconds=max_age + 3600)
    deleted, _by_model = AcceptedForm.objects.filter(accepted_at__lt=cutoff).delete()
    return deleted


def render_already_received(request, message, *, next_url=None, next_label=None):
    """The kind page for a form sent a second time: what we have, and what comes next."""
    context = {"message": message, "next_url": next_url, "next_label": next_label}
    return render(request, "core/already_received.html", context)
