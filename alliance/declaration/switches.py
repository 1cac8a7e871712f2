"""The Declaration's switches, read on every signing request: cached under the generation of the
settings row, so that pausing signing through any process closes the form on the very next request
to every process, at the cost of no query beyond the generations read once per request."""

from alliance.core import generations

from .models import DeclarationSettings


def current():
    def read():
        found = DeclarationSettings.objects.first()
        return {
            "signing_paused": bool(found and found.signing_paused),
            "ip_retention_days": found.ip_retention_days if found else 90,
        }

    return generations.cached("declaration:settings", ["declaration-settings"], read)


def signing_paused():
    return current()["signing_paused"]
