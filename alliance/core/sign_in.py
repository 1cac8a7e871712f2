"""Throttling and auditing of every sign-in form: the back office's and the focal points'.

Each attempt counts against the client's address, per form, and against the account typed, across
every form: the tries a password-guesser spends on one form are gone for the others. Limits come
from settings.RATE_LIMITS[form] over SIGN_IN_LIMITS, so no sign-in form is ever unlimited. Counting
is core's `rate_limit`, so the counters live wherever it keeps them (shared by every process).

The audit log of an existing account records each wrong password (Django's `user_login_failed`)
and the first refusal of each window, never the password and never the address.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.core.protection import _retry_wording, parse_rate, rate_limit

# Enough for a person who mistypes, not for guessing.
SIGN_IN_LIMITS = {"ip": "30/hour", "email": "10/hour"}
ACCOUNT_SCOPE = "sign-in-account"
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


def sign_in_refusal(request, form, account):
    """Count one attempt to sign in to `account` (as typed) through `form` (a RATE_LIMITS scope).

    None when the attempt may go ahead; else the message to show, with status 429, without
    checking the password at all.
    """
    limits = {**SIGN_IN_LIMITS, **getattr(settings, "RATE_LIMITS", {}).get(form, {})}
    account = _account_key(account)
    refused = None
    if rate_limit(request, form, limits={"ip": limits["ip"]}):
        refused = ("address", parse_rate(limits["ip"])[1])
    if account and rate_limit(request, ACCOUNT_SCOPE, email=account, limits={"email": limits["email"]}):
        refused = ("account", parse_rate(limits["email"])[1])
    if refused is None:
        return None
    kind, period = refused
    _audit_refusal(request, form, account, kind, period)
    if kind == "account":
        first = _("Too many sign-in attempts for this account.")
    else:
        first = _("Too many sign-in attempts from your connection.")
    return f"{first} {_retry_wording(period)}"


def refused_form(form_class, request, message):
    """A sign-in form showing `message` that keeps the name typed and checks nothing (unbound)."""
    form = form_class(request, initial={"username": request.POST.get("username", "")[:MAX_ACCOUNT_LENGTH]})
    form.cleaned_data = {}
    form.add_error(None, message)
    return form


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
    user = account_named(credentials.get(get_user_model().USERNAME_FIELD) or credentials.get("username"))
    if user is not None:
        path = request.path if request is not None else ""
        log(user, "alliance.sign_in_failed", data={"path": path[:200]})
