from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that addresses outside the language prefixes (the API,
    the back office, documents, media, health checks) keep their own 404s instead of a redirect to /en/...

    The open-data API answers the same in every language (its records carry both names), so it
    does not follow the browser's Accept-Language: one answer per address, which caches can share."""

    UNPREFIXED = (
        "/api/",
        "/admin/",
        "/documents/",
        "/media/",
        "/healthz",
        "/favicon.ico",
        "/robots.txt",
        "/sitemap.xml",
    )
    LANGUAGE_NEUTRAL = ("/api/",)

    def process_request(self, request):
        if request.path_info.startswith(self.LANGUAGE_NEUTRAL):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
