from django.middleware.locale import LocaleMiddleware


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that addresses outside the language prefixes (the API,
    the back office, health checks) keep their own 404s instead of a redirect to /en/..."""

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
