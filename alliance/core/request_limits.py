"""Requests too large to be read: refused from their Content-Length, before one byte of the body.

Django reads a body only when a view or a middleware asks for it (the CSRF check does, for every
POST), and an upload then streams to disk whatever its size, so a 200 MB body would be read in full
before any form could say that its file is too large. This middleware comes first of all: it looks
at the announced length only, and answers 413 at once. Django never reads past Content-Length, and
a body without one is read as empty, so the announced length is a true bound.

The public limit (settings.REQUEST_BODY_MAX_BYTES) leaves room for the largest file a public form
accepts plus its fields; the back office, where the secretariat uploads documents, has its own
(settings.ADMIN_REQUEST_BODY_MAX_BYTES). Behind the buffering proxy (README, "Serving") the proxy
refuses such bodies even earlier.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation

ADMIN_PREFIX = "/admin/"


def body_limit(path):
    if path.startswith(ADMIN_PREFIX):
        return settings.ADMIN_REQUEST_BODY_MAX_BYTES
    return settings.REQUEST_BODY_MAX_BYTES


def announced_length(environ):
    """The Content-Length as a number; None when absent, -1 when it is not a number."""
    value = environ.get("CONTENT_LENGTH") or ""
    if not value:
        return None
    value = value.strip()
    return int(value) if value.isdigit() and len(value) < 20 else -1


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = announced_length(request.META)
        limit = body_limit(request.path_info)
        if length is not None and (length < 0 or length > limit):
            return too_large(request, limit)
        return self.get_response(request)


def too_large(request, limit):
    language = "fr" if request.path_info.startswith("/fr/") else "en"
    with translation.override(language):
        html = loader.render_to_string(
            "core/request_too_large.html",
            {"limit_mb": limit // (1024 * 1024), "language": language, "back": request.path_info},
        )
    return HttpResponse(html, status=413)
