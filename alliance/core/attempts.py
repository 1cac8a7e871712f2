"""Attempts at rate-limited forms, counted once for every process and node, atomically.

The count is a sliding window: the attempts of the current fixed window, plus those of the window
before it weighted by how much of it the sliding window still covers. A fixed window alone let a
client send its whole allowance just before the window's turn and again just after it (twice the
limit within seconds); here the attempts just before the turn still weigh nearly in full just after
it. It needs only an increment per attempt and one read, so it stays atomic everywhere.

Where the cache is Redis (CACHE_URL), one MULTI/EXEC round trip increments the window's key, sets
its expiry and reads the previous window's; otherwise one `INSERT ... ON CONFLICT DO UPDATE ...
RETURNING` on `AttemptCount` (SQLite 3.35+ and PostgreSQL) increments the row in the database, and a
primary-key read gives the previous window's (which nothing increments any more). Either way no
increment is lost between concurrent requests, and the counts outlive a restart of the app
processes. Windows that no longer count are deleted by the periodic loop (`manage.py forget_past_attempts`).

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
    """Count one attempt for `key` (already hashed: no personal data); return the attempts in the
    `period` seconds up to `now`, this one included, as the sliding window estimates them."""
    now = time.time() if now is None else now
    window = int(now // period)
    current_key = f"{key}:{period}:{window}"
    previous_key = f"{key}:{period}:{window - 1}"
    # A window is read until the end of the next one, which weighs it.
    expires_at = (window + 2) * period + 60
    shared = caches["default"]
    if isinstance(shared, ResilientRedisCache):
        try:
            current, previous = shared.run(
                lambda: _count_in_redis(shared, current_key, previous_key, expires_at - int(now))
            )
        except Unavailable:
            current, previous = _count_in_database(current_key, previous_key, expires_at)
    elif isinstance(shared, RedisCache):
        current, previous = _count_in_redis(shared, current_key, previous_key, expires_at - int(now))
    else:
        current, previous = _count_in_database(current_key, previous_key, expires_at)
    still_covered = 1 - (now - window * period) / period
    return current + previous * still_covered


def _count_in_redis(shared, current_key, previous_key, ttl):
    full_key = shared.make_and_validate_key(f"attempts:{current_key}")
    client = shared._cache.get_client(full_key, write=True)
    with client.pipeline(transaction=True) as pipe:
        pipe.incr(full_key)
        pipe.expire(full_key, max(ttl, 1))
        pipe.get(shared.make_and_validate_key(f"attempts:{previous_key}"))
        current, _, previous = pipe.execute()
    return int(current), int(previous or 0)


def _count_in_database(current_key, previous_key, expires_at):
    with connection.cursor() as cursor:
        cursor.execute(UPSERT.format(table=AttemptCount._meta.db_table), [current_key, expires_at])
        current = cursor.fetchone()[0]
    previous = AttemptCount.objects.filter(key=previous_key).values_list("count", flat=True).first()
    return current, previous or 0


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
