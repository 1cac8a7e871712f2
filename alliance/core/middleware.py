"""A clear 503 "try again" page when the database cannot be reached (a restart, a failover).

The page is rendered without the request's context processors, which would need the database.
It is the innermost middleware (last in MIDDLEWARE), so that it catches what the views raise
while the sessions, the language and the security headers around it still apply. What a
middleware around it raises (Wagtail's redirects look a 404 up in the database) reaches the
site's 500 handler, which gives the same answer (`site.views.server_error`). Under `/api/` the
answer is problem details (RFC 9457) in JSON, as every error of the API.
"""

import json

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

RETRY_AFTER_SECONDS = 5
API_PREFIX = "/api/"
DATABASE_ERRORS = (OperationalError, InterfaceError)


def unavailable_response(request=None):
    if request is not None and request.path.startswith(API_PREFIX):
        body = json.dumps(
            {
                "type": "about:blank",
                "title": "Service Unavailable",
                "status": 503,
                "detail": "The data cannot be read right now; try again in a few seconds.",
                "instance": request.get_full_path()[:2000],
                "errors": [],
            }
        )
        response = HttpResponse(body, status=503, content_type="application/problem+json")
        response["Content-Language"] = "en"
    else:
        body = loader.get_template("core/unavailable.html").render({"retry_after": RETRY_AFTER_SECONDS})
        response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DATABASE_ERRORS:
            return unavailable_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable_response(request)
        return None
