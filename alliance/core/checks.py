"""Deployment checks of the platform's own: a configuration under which two processes could answer
the same request with different figures fails `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Error, Tags, register

PROCESS_MEMORY = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)
LOCAL_LAYER = "local"  # holds only figures keyed by their generation (core/generations.py)


def coherence(app_configs=None, **kwargs):
    errors = []
    if settings.DEBUG:
        return errors
    for alias, cache in settings.CACHES.items():
        if alias == LOCAL_LAYER or cache.get("BACKEND") not in PROCESS_MEMORY:
            continue
        errors.append(
            Error(
                f"The cache {alias!r} ({cache['BACKEND'].rsplit('.', 1)[-1]}) belongs to one process or "
                "one machine: other processes and app nodes would not see what it holds, so pages could "
                "differ depending on which process answers.",
                hint=(
                    "Set CACHE_URL to a Redis server shared by every app node (redis://host:6379/0), "
                    "or leave CACHE_URL unset to use the database's cache table."
                ),
                id="core.E001",
            )
        )
    return errors


def register_checks():
    register(coherence, Tags.caches, deploy=True)
