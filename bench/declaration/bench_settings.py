"""Settings for the Declaration benchmarks: the site's own, with the anti-robot check off and the
rate limits raised (every request comes from 127.0.0.1), as the issue allows for a load test."""

from alliance.settings import *  # noqa: F403

RATE_LIMITS = {**RATE_LIMITS, "declaration-sign": {"ip": "1000000/hour", "email": "100/hour"}}  # noqa: F405
FORM_PROTECTION_ENABLED = False
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
# No collected manifest needed: the benchmarks measure pages and forms, not static files.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
