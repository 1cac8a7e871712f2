"""Each public form is accepted once.

A submission is recognised twice over: by its token, and by what it says. The signed token that `ProtectionMixin` puts in every public form (see `protection.py`) is also the
form's one-time submission token: the submission that carries it spends it, in the same transaction
as what it stores. Going Back and sending the same page again, or a double click, then finds the
token spent and gets a kind "we already have it" page instead of a second application and a second
email.

A browser that goes Back to a page that may not be stored fetches it again, with a fresh token; so a
form may also ask to be recognised by its content (`by_content=True`): the same sender sending the
same words through the same form within settings.FORM_REPEAT_WINDOW gets the same kind page. The
content's key (a hash of the normalised values, never the values) is claimed under the table's
unique constraint, so two submissions sent at the same moment cannot both pass.

    if already_accepted(form):
        return render_already_received(request, ...)
    if form.is_valid():
        try:
            with accepted_once(form, "join", by_content=True):
                services.submit(form, language)
        except AlreadyAccepted:
            return render_already_received(request, ...)
"""

import datetime
import hashlib
import unicodedata
from contextlib import contextmanager

from django.conf import settings
from django.db import IntegrityError, transaction
from django.shortcuts import render
from django.utils import timezone

from .addresses import canonical_email
from .models import AcceptedForm
from .protection import PROTECTION_FIELDS, TOKEN, read_form_token

# Same sender, same words, same form: recognised for this long by default (settings.FORM_REPEAT_WINDOW).
REPEAT_WINDOW = 6 * 3600


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


def _normalised(value):
    if hasattr(value, "pk"):
        return f"#{value.pk}"
    if isinstance(value, list | tuple | set | frozenset):
        return "[" + ",".join(sorted(_normalised(item) for item in value)) + "]"
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return " ".join(text.split())


def content_key(form, scope):
    """The key of what a valid form says: its sender (canonical address) and every value typed or
    chosen, normalised (case, spacing, Unicode forms), files left out. Computed in linear time over
    values the form's own limits already bound."""
    digest = hashlib.sha256(f"content:{scope}".encode())
    for name in sorted(form.cleaned_data):
        value = form.cleaned_data[name]
        if name in PROTECTION_FIELDS or value is None or hasattr(value, "read"):
            continue
        if name == "email" and value:
            value = canonical_email(value)
        digest.update(f"\x00{name}\x01{_normalised(value)}".encode())
    return digest.hexdigest()


def _claim(key, scope, *, window=None):
    """Claim `key` for this submission; False when a submission within `window` seconds has it."""
    try:
        with transaction.atomic():
            AcceptedForm.objects.create(key=key, scope=scope)
        return True
    except IntegrityError:
        if window is None:
            return False
    # A claim older than the window is taken over by this one; the row is locked by the update, so
    # of two submissions sent together only one finds it old.
    now = timezone.now()
    cutoff = now - datetime.timedelta(seconds=window)
    return (
        AcceptedForm.objects.filter(key=key, accepted_at__lt=cutoff).update(accepted_at=now, scope=scope) == 1
    )


def repeat_window():
    return int(getattr(settings, "FORM_REPEAT_WINDOW", REPEAT_WINDOW))


@contextmanager
def accepted_once(form, scope, *, by_content=False):
    """Spend the form's token (and claim its content when `by_content`) and run the block in one
    transaction; AlreadyAccepted if the token was spent, or the same content came within the window."""
    key = submission_key(form)
    with transaction.atomic():
        if key is not None and not _claim(key, scope):
            raise AlreadyAccepted(scope)
        if by_content and not _claim(content_key(form, scope), scope, window=repeat_window()):
            raise AlreadyAccepted(scope)
        yield


def forget_spent_tokens(now=None):
    """Delete the keys of tokens too old to be accepted anyway, and of contents past their window;
    returns how many."""
    max_age = max(getattr(settings, "FORM_MAX_AGE", 6 * 3600), repeat_window())
    cutoff = (now or timezone.now()) - datetime.timedelta(seconds=max_age + 3600)
    deleted, _by_model = AcceptedForm.objects.filter(accepted_at__lt=cutoff).delete()
    return deleted


def render_already_received(request, message, *, next_url=None, next_label=None):
    """The kind page for a form sent a second time: what we have, and what comes next."""
    context = {"message": message, "next_url": next_url, "next_label": next_label}
    return render(request, "core/already_received.html", context)
