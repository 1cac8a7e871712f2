"""Throttling and auditing of every door that takes a password: the back office's sign-in, the focal
points' sign-in, and the shared passwords of private pages and documents.

Two counts, neither of which lets anyone lock another person out:

- every attempt counts against the client's address, per form (settings.RATE_LIMITS[form]["ip"]
  over SIGN_IN_LIMITS, so no sign-in form is ever unlimited): one address cannot try many accounts;
- only wrong passwords count against the pair of account and address (`SignInFailures`). The first
  few are free (typing mistakes); after them each one makes the next try from that address wait
  longer, up to LONGEST_WAIT. A right password clears the pair. A person signing in from anywhere
  else never waits for what someone else typed, and nothing but wrong passwords ever counts.

Asking for a new password is counted apart (`reset_refusal`, settings.RATE_LIMITS["password-reset"]):
a flood of reset requests naming an account never holds its owner's sign-in back.

The audit log of an existing account records each wrong password (Django's `user_login_failed`)
and the first refusal of each window, never the password and never the address.
"""

import datetime
import math
from functools import wraps

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db import transaction
from django.dispatch import receiver
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from alliance.core.protection import _retry_wording, client_ip, parse_rate, rate_limit

from .models import SignInFailures

# Enough for a person who mistypes, not for guessing.
SIGN_IN_LIMITS = {"ip": "30/hour"}
RESET_SCOPE = "password-reset"
RESET_LIMITS = {"ip": "10/hour", "email": "5/hour"}
# Wrong passwords for one account from one address before each further one makes the next wait.
FREE_FAILURES = 5
FIRST_WAIT = 30
LONGEST_WAIT = 15 * 60
# A pair with no wrong password for this long starts again from nothing.
FORGET_AFTER = datetime.timedelta(days=1)
# Usernames and email addresses are shorter; a longer value is cut before it is counted.
MAX_ACCOUNT_LENGTH = 254


def _account_key(account):
    return (account or "").strip().lower()[:MAX_ACCOUNT_LENGTH]


def account_named(account):
    """The user whose username is `account` (case does not count), or None."""
    account = _account_key(account)
    if not account:
        return None
    user_model = get_user_model()
    lookup = {f"{user_model.USERNAME_FIELD}__iexact": account}
    return user_model._default_manager.filter(**lookup).order_by("pk").first()


def wait_after(failures):
    """Seconds the next try waits after `failures` wrong passwords in a row from one address."""
    if failures < FREE_FAILURES:
        return 0
    return min(FIRST_WAIT * 2 ** min(failures - FREE_FAILURES, 20), LONGEST_WAIT)


def _pair_key(request, account):
    pair = f"{_account_key(account)}\x00{client_ip(request)}"
    return salted_hmac("alliance.sign-in-failures", pair, algorithm="sha256").hexdigest()


def record_failure(request, account):
    """One more wrong password for `account` from this address; returns the seconds to wait now."""
    now = timezone.now()
    with transaction.atomic():
        row, _created = SignInFailures.objects.select_for_update().get_or_create(
            key=_pair_key(request, account), defaults={"last_failed_at": now, "wait_until": now}
        )
        if row.last_failed_at < now - FORGET_AFTER:
            row.failures = 0
        row.failures += 1
        wait = wait_after(row.failures)
        row.last_failed_at = now
        row.wait_until = now + datetime.timedelta(seconds=wait)
        row.save()
    return wait


def forget_failures(request, *accounts):
    """A right password: this address starts again from nothing for these accounts."""
    keys = {_pair_key(request, account) for account in accounts if _account_key(account)}
    if keys:
        SignInFailures.objects.filter(key__in=keys).delete()


def seconds_to_wait(request, account):
    """How long this address must still wait before it may try `account` again (0: not at all)."""
    now = timezone.now()
    wait_until = (
        SignInFailures.objects.filter(key=_pair_key(request, account), wait_until__gt=now)
        .values_list("wait_until", flat=True)
        .first()
    )
    return math.ceil((wait_until - now).total_seconds()) if wait_until else 0


def forget_past_failures(now=None):
    """Delete the pairs whose last wrong password is over a day old; returns how many."""
    cutoff = (now or timezone.now()) - FORGET_AFTER
    deleted, _by_model = SignInFailures.objects.filter(last_failed_at__lt=cutoff).delete()
    return deleted


def _wait_wording(seconds):
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Please wait %(minutes)d minute before you try again.",
        "Please wait %(minutes)d minutes before you try again.",
        minutes,
    ) % {"minutes": minutes}


def sign_in_refusal(request, form, account):
    """Count one attempt to sign in to `account` (as typed) through `form` (a RATE_LIMITS scope).

    None when the attempt may go ahead; else the message to show, with status 429, without
    checking the password at all.
    """
    limits = {**SIGN_IN_LIMITS, **getattr(settings, "RATE_LIMITS", {}).get(form, {})}
    account = _account_key(account)
    if rate_limit(request, form, limits={"ip": limits["ip"]}):
        period = parse_rate(limits["ip"])[1]
        _audit_refusal(request, form, account, "address", period)
        first = _("Too many sign-in attempts from your connection.")
        return f"{first} {_retry_wording(period)}"
    wait = seconds_to_wait(request, account) if account else 0
    if wait:
        _audit_refusal(request, form, account, "wrong passwords", LONGEST_WAIT)
        first = _("Too many wrong passwords for this account from your connection.")
        return f"{first} {_wait_wording(wait)}"
    return None


def reset_refusal(request, account):
    """Count one request for a new password for `account`: per address, and per account so that its
    mailbox is not flooded. Counted apart from sign-in: it never holds the account's sign-in back."""
    limits = getattr(settings, "RATE_LIMITS", {}).get(RESET_SCOPE) or RESET_LIMITS
    if rate_limit(request, RESET_SCOPE, limits={"ip": limits.get("ip", RESET_LIMITS["ip"])}):
        period = parse_rate(limits.get("ip", RESET_LIMITS["ip"]))[1]
        first = _("Too many requests for a new password from your connection.")
        return f"{first} {_retry_wording(period)}"
    account = _account_key(account)
    email_limit = limits.get("email", RESET_LIMITS["email"])
    if account and rate_limit(
        request, RESET_SCOPE, email=account, limits={"email": email_limit}, by_address=False
    ):
        period = parse_rate(email_limit)[1]
        first = _("Too many requests for a new password for this address.")
        return f"{first} {_retry_wording(period)}"
    return None


def refused_form(form_class, request, message):
    """A sign-in form showing `message` that keeps the name typed and checks nothing (unbound)."""
    form = form_class(request, initial={"username": request.POST.get("username", "")[:MAX_ACCOUNT_LENGTH]})
    form.cleaned_data = {}
    form.add_error(None, message)
    return form


def shared_password_door(scope, view):
    """Wagtail's form for the shared password of a private page or collection, throttled like a
    sign-in: the "account" is the restriction, so wrong guesses at one make only that address wait."""

    @wraps(view)
    def door(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        account = ":".join([scope, *(str(value) for value in kwargs.values())])
        refusal = sign_in_refusal(request, scope, account)
        if refusal:
            return render(request, "core/sign_in_refused.html", {"message": refusal}, status=429)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:  # the form again: the password was wrong
            record_failure(request, account)
        elif 300 <= response.status_code < 400:
            forget_failures(request, account)
        return response

    return door


def _audit_refusal(request, form, account, kind, period):
    user = account_named(account)
    if user is None:
        return
    # Once per account and window: a robot hammering the form must not fill the audit log.
    if rate_limit(request, "sign-in-refusal-audit", email=account, limits={"email": f"1/{period}s"}):
        return
    log(user, "alliance.sign_in_refused", data={"form": form, "reason": kind})


@receiver(user_login_failed, dispatch_uid="alliance.core.sign_in.audit_failure")
def audit_failed_sign_in(sender, credentials, request=None, **kwargs):
    typed = credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username")
    if request is not None and typed:
        record_failure(request, typed)
    user = account_named(typed)
    if user is not None:
        path = request.path if request is not None else ""
        log(user, "alliance.sign_in_failed", data={"path": path[:200]})


@receiver(user_logged_in, dispatch_uid="alliance.core.sign_in.forget_failures")
def forget_failures_on_sign_in(sender, request, user, **kwargs):
    if request is not None:
        typed = request.POST.get("username", "") if request.method == "POST" else ""
        forget_failures(request, typed, user.get_username(), user.email)
