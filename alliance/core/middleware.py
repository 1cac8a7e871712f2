"""A clear 503 "try again" page when the database cannot be reached (a restart, a failover).

The page is rendered without the request's context processors, which would need the database.
It is the innermost middleware (last in MIDDLEWARE), so that it catches what the views raise
while the sessions, the language and the security headers around it still apply.
"""

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

RETRY_AFTER_SECONDS = 5


def unavailable_response():
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
        except (OperationalError, InterfaceError):
            return unavailable_response()

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)):
            return unavailable_response()
        return None
