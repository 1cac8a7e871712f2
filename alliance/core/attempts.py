"""Attempts at rate-limited forms, counted once for every process and node, atomically.

Where the cache is Redis (CACHE_URL), one MULTI/EXEC round trip increments the window's key and sets
its expiry; otherwise one `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` on `AttemptCount`
(SQLite 3.35+ and PostgreSQL) increments the row in the database. Either way no increment is lost
between concurrent requests, and the counts outlive a restart of the app processes. Windows that are
over are deleted by the periodic loop (`manage.py forget_past_attempts`).

While Redis cannot be reached (`core/cache.py`), attempts are counted in the database instead, so
limits keep holding through an outage; the window in progress when it starts or ends is counted in
two places, which lets a client at most twice its limit during that one window.
"""

import time

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection

from .cache import ResilientRedisCache, Unavailable
from .models import AttemptCount

UPSERT = (
    'INSERT INTO {table} ("key", "count", "expires_at") VALUES (%s, 1, %s) '
    'ON CONFLICT ("key") DO UPDATE SET "count" = {table}."count" + 1 RETURNING "count"'
)


def count(key, period, now=None):
    """Count one attempt for `key` (already hashed: no personal data) in the fixed window of
    `period` seconds holding `now`; return the attempts in that window, this one included."""
    now = time.time() if now is None else now
    window = int(now // period)
    window_key = f"{key}:{period}:{window}"
    expires_at = (window + 1) * period + 60
    shared = caches["default"]
    if isinstance(shared, ResilientRedisCache):
        try:
            return shared.run(lambda: _count_in_redis(shared, window_key, expires_at - int(now)))
        except Unavailable:
            pass
    elif isinstance(shared, RedisCache):
        return _count_in_redis(shared, window_key, expires_at - int(now))
    return _count_in_database(window_key, expires_at)


def _count_in_redis(shared, window_key, ttl):
    full_key = shared.make_and_validate_key(f"attempts:{window_key}")
    client = shared._cache.get_client(full_key, write=True)
    with client.pipeline(transaction=True) as pipe:
        pipe.incr(full_key)
        pipe.expire(full_key, max(ttl, 1))
        attempts, _ = pipe.execute()
    return int(attempts)


def _count_in_database(window_key, expires_at):
    with connection.cursor() as cursor:
        cursor.execute(UPSERT.format(table=AttemptCount._meta.db_table), [window_key, expires_at])
        return cursor.fetchone()[0]


def forget_past(now=None):
    """Delete the windows that are over; returns how many."""
    now = time.time() if now is None else now
    deleted, _ = AttemptCount.objects.filter(expires_at__lt=int(now)).delete()
    return deleted


def forget_all():
    """Start every count from zero (the secretariat unblocking everyone at once; tests)."""
    AttemptCount.objects.all().delete()
    shared = caches["default"]
    if isinstance(shared, RedisCache):
        client = shared._cache.get_client(None, write=True)
        keys = list(client.scan_iter(shared.make_key("attempts:*")))
        if keys:
            client.delete(*keys)
