"""Signed, expiring links sent by email ("confirm your application", "confirm your signature").

A token names what it is for (`purpose`) and which row (`pk`); a token made for one purpose is
refused for any other. The page a link opens asks the person to confirm with a POST, so that mail
scanners which follow links do not confirm anything by themselves.

    token = make_link_token("join-confirm", application.pk)
    try:
        pk = read_link_token("join-confirm", token, max_age=timedelta(days=7))
    except LinkExpired: ...
    except LinkInvalid: ...
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation


class LinkProblem(Exception):
    """A link that cannot be used; its subclasses say why."""


class LinkExpired(LinkProblem):
    """The link was genuine but is older than allowed."""


class LinkInvalid(LinkProblem):
    """The link was altered, truncated, or made for another purpose."""


def absolute_url(path):
    """The full address of `path` ("/en/...") on the public site (SITE_URL), as emails carry it."""
    return settings.SITE_URL.rstrip("/") + path


def absolute_reverse(url_name, *args, language=None):
    """The full address of a named URL; in `language` ("en", "fr") when the address has one."""
    if language is None:
        return absolute_url(reverse(url_name, args=args))
    with translation.override(language):
        return absolute_url(reverse(url_name, args=args))


def _signer(purpose):
    if not purpose:
        raise ValueError("a link token needs a purpose")
    return signing.TimestampSigner(salt=f"alliance.links.{purpose}")


def make_link_token(purpose, pk):
    """A URL-safe token carrying `pk` for `purpose`, stamped with the current time."""
    return _signer(purpose).sign(str(pk))


def read_link_token(purpose, token, max_age):
    """The pk inside `token` (an int when it was made from one); `max_age` in seconds or a timedelta.

    Raises LinkExpired when the token is older than max_age, LinkInvalid otherwise.
    """
    if isinstance(max_age, int | float):
        max_age = timedelta(seconds=max_age)
    if not isinstance(token, str) or not token or len(token) > 500:
        raise LinkInvalid("empty or oversized token")
    try:
        value = _signer(purpose).unsign(token, max_age=max_age)
    except signing.SignatureExpired as error:
        raise LinkExpired(str(error)) from error
    except signing.BadSignature as error:
        raise LinkInvalid(str(error)) from error
    return int(value) if value.isdigit() else value


def link_problem_response(request, problem, *, restart_url=None, restart_label=None):
    """The "core/link_problem.html" page: problem is "expired", "used" or "invalid".

    Status 410 (Gone) for an expired or used link, 400 for an invalid one.
    """
    from django.shortcuts import render

    status = 410 if problem in ("expired", "used") else 400
    context = {
        "problem": problem,
        "restart_url": restart_url,
        "restart_label": restart_label,
        "secretariat_email": getattr(settings, "SECRETARIAT_EMAIL", ""),
    }
    return render(request, "core/link_problem.html", context, status=status)
