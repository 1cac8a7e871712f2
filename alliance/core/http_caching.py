"""HTTP caching for every answer of the site: Cache-Control, validators and what must stay private.

Public answers to anonymous visitors (pages, feeds, the API, exports, calendars, maps) may be kept
by browsers and by the shared cache in front of the app nodes (nginx, see `scripts/proxy.sh`):

- browsers revalidate on every use (`max-age=0`), which costs them a 304 from the proxy;
- the shared cache keeps an answer one second (`s-maxage=1`), serves it a little longer while it
  fetches a fresh copy in the background (`stale-while-revalidate`: never longer, so the first
  visitor after a quiet spell gets a fresh copy), and for a week when the app or the database fails
  (`stale-if-error`). The proxy obeys these two limits as stated (deploy/nginx/alliance-cache.conf).
  So a change reaches every visitor within two seconds, and
  however many visitors come, each address costs the app about one render a second.

Anything tied to one visitor is `private, no-store`, whatever the view asked for: an answer that
sets a cookie, one whose page holds a form token (the CSRF token), and every answer to a visitor
who carries a session (a signed-in focal point or member of staff). A page that holds a form in
one state of a switch and none in the other is `private, no-store` in both (`never_shared`): one
address is never public at one moment and private at the next. Answers to other methods than
GET and HEAD, and server errors, are never stored either.

Validators: every public answer gets an ETag from its body (unless it has one, or a Last-Modified),
and a matching `If-None-Match` (or `If-Modified-Since`) gets a 304 that carries the same caching
headers, so that a shared cache revalidating its copy learns how long to keep it again.
A streamed public answer without a validator of its own (a large export; not a file, which has
its Last-Modified) is gathered here first, so that it has an ETag too.
"""

import dataclasses
import functools
import time

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.http import parse_http_date_safe

SAFE_METHODS = ("GET", "HEAD")
# Statuses a cache may keep (RFC 9110, 15.1), plus redirects and 404s: they change as pages do.
STORABLE_STATUSES = {200, 203, 204, 300, 301, 302, 303, 307, 308, 404, 405, 410, 414, 501}
PRIVATE = "private, no-store"


@dataclasses.dataclass(frozen=True)
class Freshness:
    """How long an answer may be used without asking the app again."""

    browser: int  # max-age: seconds a browser keeps it without revalidating
    shared: int  # s-maxage: seconds the shared cache (the proxy) keeps it
    while_revalidating: int = 60  # stale-while-revalidate, for the shared cache
    # stale-if-error: the last good copy while the app or the database is down (the proxy keeps
    # copies a week without visits: `inactive=7d` in deploy/nginx/alliance-cache.conf)
    if_error: int = 7 * 86400

    def proxy_expiry(self, now=None):
        """X-Accel-Expires for nginx: the absolute second at which its copy goes stale.

        nginx's cache counts whole seconds and keeps a copy while `now <= expiry`, so `s-maxage=1`
        would keep it one to two seconds. Ending the copy's life at the last whole second of the
        `shared` window keeps it at most `shared` seconds (and a change shows within them)."""
        now = time.time() if now is None else now
        return f"@{int(now) + self.shared - 1}"

    def header(self):
        return (
            f"public, max-age={self.browser}, s-maxage={self.shared}, "
            f"stale-while-revalidate={self.while_revalidating}, stale-if-error={self.if_error}"
        )


# Pages, feeds, the API, exports, calendars: the registry may change at any moment and a change must
# reach visitors through the proxy within two seconds.
LIVE = Freshness(browser=0, shared=1)
# Shown on partner sites to their visitors: a browser keeps it a minute (the proxy still refreshes
# every second), which spares the partner's visitors a request on every page they open.
EMBEDDED = Freshness(browser=60, shared=1)
# Figures of a day that has passed change only when the secretariat corrects the record.
SETTLED = Freshness(browser=3600, shared=60)
# The site's icon: changes with a release, asked for by every browser and feed reader.
ICON = Freshness(browser=7 * 24 * 3600, shared=3600)


def cache_for(freshness):
    """View decorator: a public answer of this view may be kept as `freshness` says. The middleware
    still makes it private if it turns out to be personal (a cookie, a form token, a session)."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response.freshness = freshness
            return response

        return wrapped

    return decorator


def never_shared(view):
    """View decorator: every answer of this view is `private, no-store`, in every state.

    For a page that holds a form only while a switch is on (signing the Declaration, unless the
    secretariat paused it): its form state is private (the form token), so its other state must
    not be public either. A shared cache that kept the public state would go on serving it after
    the switch changed back, since the private answers that follow never replace its copy."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = PRIVATE
        return response

    return wrapped


def is_personal(request, response):
    """True when the answer belongs to this visitor alone and no one else may be given it."""
    if response.cookies:
        return True
    # Set by django.middleware.csrf.get_token: the page holds a form token tied to this visitor.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    # A visitor with a session (signed in, or half-way through a sign-in) may see their own data.
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class CachePolicyMiddleware:
    """Gives every answer its Cache-Control and validators (see the module's docstring). Place it
    outside the session, CSRF and messages middleware, so that it sees the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in SAFE_METHODS or response.status_code >= 500:
            if not response.has_header("Cache-Control") or response.status_code >= 500:
                response["Cache-Control"] = "no-store"
            return response
        if is_personal(request, response):
            response["Cache-Control"] = PRIVATE
            # Shared caches do not keep private answers; these headers say why to any that would.
            patch_vary_headers(response, ["Cookie"])
            response.headers.pop("ETag", None)
            return response
        if response.status_code not in STORABLE_STATUSES:
            response.headers.setdefault("Cache-Control", "no-store")
            return response
        if response.has_header("Cache-Control"):
            # The view chose its own policy: it keeps it, with a validator if it may be stored.
            policy = response["Cache-Control"].lower()
            if "no-store" in policy or "private" in policy:
                return response
            return conditional(request, response)
        freshness = getattr(response, "freshness", LIVE)
        response["Cache-Control"] = freshness.header()
        if (
            isinstance(response, StreamingHttpResponse)
            and not response.is_async
            and not response.has_header("Last-Modified")  # files have their own validator
        ):
            response = gathered(response)
        response = conditional(request, response)
        response["X-Accel-Expires"] = freshness.proxy_expiry()
        return response


def conditional(request, response):
    """The answer with its validator, or a 304 when the visitor's copy is still this one."""
    if not response.streaming and not response.has_header("ETag"):
        set_response_etag(response)
    etag = response.get("ETag")
    last_modified = parse_http_date_safe(response.get("Last-Modified", "")) or None
    if not (etag or last_modified):
        return response
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)


def gathered(streaming):
    """A streamed answer as one body, so that it gets an ETag like any other public answer."""
    body = b"".join(streaming.streaming_content)
    response = HttpResponse(body, status=streaming.status_code, headers=streaming.headers)
    # What the streamed answer holds open is closed with the answer that replaces it, when the server
    # closes that one. Closing the streamed answer here would signal the end of the request while it
    # is still being answered (and close the database connection under the middleware still to run).
    response._resource_closers.extend(streaming._resource_closers)
    streaming._resource_closers.clear()
    response["Content-Length"] = len(body)
    return response
