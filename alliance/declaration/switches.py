"""The Declaration settings read on every signing request, cached so that the form costs no query for them."""

from django.core.cache import cache

from .models import DeclarationSettings

KEY = "declaration:settings"


def current():
    values = cache.get(KEY)
    if values is None:
        found = DeclarationSettings.objects.first()
        values = {
            "signing_paused": bool(found and found.signing_paused),
            "ip_retention_days": found.ip_retention_days if found else 90,
        }
        cache.set(KEY, values, timeout=300)
    return values


def signing_paused():
    return current()["signing_paused"]


def forget(**kwargs):
    cache.delete(KEY)
