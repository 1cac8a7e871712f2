"""The security headers, on every answer the site gives: pages, files, errors and refusals alike.

Django's security, clickjacking and CSP middleware set them on the answers that pass through them,
but an answer given by a middleware before them (the 413 "too large" page, which must come before
anything reads the body) or by a failure around them would go without. This middleware is the
outermost, so it sees every answer last, and adds what is missing without overriding what a view
chose (the embeddable counter may be framed by partner sites). It also sets Permissions-Policy,
which nothing else does: the site uses none of the browser's powerful features, so none is
allowed, to the site or to anything it might embed.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


def security_headers():
    """Every answer's headers that do not depend on the answer (the nginx pages use them too)."""
    return {
        "Permissions-Policy": PERMISSIONS_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": settings.SECURE_REFERRER_POLICY,
        "Cross-Origin-Opener-Policy": settings.SECURE_CROSS_ORIGIN_OPENER_POLICY,
    }


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = CSPMiddleware(get_response)

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in security_headers().items():
            response.headers.setdefault(name, value)
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        if "Content-Security-Policy" not in response.headers:
            # The policy as CSPMiddleware writes it (its excluded prefixes, the back office, included).
            self.csp.process_request(request)
            response = self.csp.process_response(request, response)
        return response
