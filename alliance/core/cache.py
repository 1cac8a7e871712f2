"""The cache shared by every process (Redis), where an unreachable server is a miss, never an error.

Everything that reads or writes the shared cache goes through Django's cache API: the platform's
figures (`core/generations.py`), Wagtail (its site root paths on every page, the locales' names,
image renditions), django-import-export's and Wagtail's temporary storage of uploaded files. None
of them expects the cache to fail, and Wagtail reads its site root paths unguarded, so without this
backend a stopped Redis would answer most pages with a 500.

`ResilientRedisCache` is Django's Redis backend with three differences:

- **A failure is a miss.** A read answers the default (as if the key were absent), a write or a
  deletion does nothing and says so (`add`, `touch`, `delete` answer False, `set_many` names every
  key as not stored). The caller computes from the database, as after any miss.
- **A circuit breaker.** After a failure the backend does not ask Redis again for `RETRY_SECONDS`
  (each process on its own): a dead server costs one connection timeout, not one per call. The
  first call after that tries again; when it succeeds the cache is used again, with no restart.
  The outage is logged once when it starts and once when it ends.
- **Deletions are not lost.** A key whose deletion failed (Wagtail forgetting its site root paths
  after a site changed) is deleted again, first thing, when Redis answers again, so an entry the
  outage kept is not read after it. Up to `PENDING_DELETIONS_MAX` keys per process are remembered;
  entries written by Wagtail expire after the default timeout anyway (`TIMEOUT`, five minutes).

The socket timeouts that bound a hung server's cost are the `OPTIONS` of `CACHES` (settings).
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

FAILURES = (RedisError, OSError)
RETRY_SECONDS = 5.0
PENDING_DELETIONS_MAX = 10_000


class Unavailable(Exception):
    """The shared cache cannot be reached now (an outage, or the breaker is open)."""


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", RETRY_SECONDS))
        super().__init__(server, {**params, "OPTIONS": options})
        self._lock = threading.Lock()
        self._closed_until = 0.0  # time.monotonic() before which Redis is not asked again
        self._failing = False
        self._pending_deletions = {}  # an ordered set of full keys

    # ------------------------------------------------------------ the breaker

    def available(self):
        return time.monotonic() >= self._closed_until

    def run(self, operation):
        """`operation()` against Redis, or `Unavailable` if Redis cannot be reached now."""
        if not self.available():
            raise Unavailable
        try:
            if self._failing or self._pending_deletions:
                self._replay_deletions()
            result = operation()
        except FAILURES as error:
            self._failed(error)
            raise Unavailable from error
        if self._failing:
            self._recovered()
        return result

    def _failed(self, error):
        with self._lock:
            self._closed_until = time.monotonic() + self.retry_seconds
            started = not self._failing
            self._failing = True
        if started:
            logger.warning(
                "Shared cache unavailable (%s: %s); answering from the database, trying again every %g s",
                type(error).__name__,
                error,
                self.retry_seconds,
            )

    def _recovered(self):
        with self._lock:
            ended = self._failing
            self._failing = False
        if ended:
            logger.warning("Shared cache available again")

    def _replay_deletions(self):
        with self._lock:
            keys = list(self._pending_deletions)
        if keys:
            self._cache.delete_many(keys)
            with self._lock:
                for key in keys:
                    self._pending_deletions.pop(key, None)

    def _remember_deletions(self, keys):
        with self._lock:
            for key in keys:
                self._pending_deletions[key] = None
            while len(self._pending_deletions) > PENDING_DELETIONS_MAX:
                self._pending_deletions.pop(next(iter(self._pending_deletions)))

    # ------------------------------------------------------------ Django's cache API

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).add(key, value, timeout, version))
        except Unavailable:
            return False

    def get(self, key, default=None, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).get(key, default, version))
        except Unavailable:
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            self.run(lambda: super(ResilientRedisCache, self).set(key, value, timeout, version))
        except Unavailable:
            pass

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).touch(key, timeout, version))
        except Unavailable:
            return False

    def delete(self, key, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).delete(key, version))
        except Unavailable:
            self._remember_deletions([self.make_and_validate_key(key, version=version)])
            return False

    def get_many(self, keys, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).get_many(keys, version))
        except Unavailable:
            return {}

    def has_key(self, key, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).has_key(key, version))
        except Unavailable:
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).incr(key, delta, version))
        except Unavailable:
            # What Django's backends raise for a key that is not there: the caller's own miss.
            raise ValueError(f"Key '{key}' not found (shared cache unavailable)") from None

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self.run(lambda: super(ResilientRedisCache, self).set_many(data, timeout, version))
        except Unavailable:
            return list(data)

    def delete_many(self, keys, version=None):
        keys = list(keys)
        try:
            self.run(lambda: super(ResilientRedisCache, self).delete_many(keys, version))
        except Unavailable:
            self._remember_deletions([self.make_and_validate_key(key, version=version) for key in keys])

    def clear(self):
        try:
            return self.run(super().clear)
        except Unavailable:
            return False
