"""Rate-limit attempts are counted once for every process, atomically, and outlive a restart."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from alliance.core import attempts
from alliance.core.models import AttemptCount

HOUR = 3600
TEN = 1_800_001_800  # a fixed time, in the middle of an hour window


def test_attempts_are_counted_in_the_database_when_no_redis_is_set(db):
    assert [attempts.count("contact:abc", HOUR, TEN) for _ in range(3)] == [1, 2, 3]
    assert attempts.count("contact:other", HOUR, TEN) == 1
    assert AttemptCount.objects.count() == 2  # what a restarted process reads again


def test_the_window_slides_so_the_attempts_before_an_hours_turn_still_count_after_it(db):
    turn = (TEN // HOUR + 1) * HOUR
    assert [attempts.count("contact:abc", HOUR, turn - 10) for _ in range(20)] == list(range(1, 21))
    # Ten seconds after the turn the twenty attempts of the last ten seconds still weigh nearly in full.
    assert attempts.count("contact:abc", HOUR, turn + 10) == pytest.approx(1 + 20 * (1 - 10 / HOUR))
    # Half an hour on, half of the previous hour's weight is left; one hour on, none of it.
    assert attempts.count("contact:abc", HOUR, turn + HOUR / 2) == pytest.approx(2 + 20 / 2)
    assert attempts.count("contact:abc", HOUR, turn + HOUR) == pytest.approx(0 + 2 + 1)


def test_windows_that_no_longer_count_are_forgotten(db):
    attempts.count("contact:abc", HOUR, TEN)
    attempts.count("contact:abc", HOUR, TEN)
    assert attempts.forget_past(now=TEN + HOUR) == 0  # still weighed by the next window
    assert attempts.count("contact:abc", HOUR, TEN + 2 * HOUR) == 1
    assert attempts.forget_past(now=TEN + 2 * HOUR) == 1  # over, and the window after it too


def test_the_periodic_loop_forgets_past_windows(db):
    from django.core.management import call_command

    attempts.count("contact:abc", 60, 1_000)
    call_command("forget_past_attempts", verbosity=0)
    assert not AttemptCount.objects.exists()


def hammer(count_one, total=200, threads=8):
    with ThreadPoolExecutor(threads) as pool:
        return sorted(pool.map(lambda _: count_one(), range(total)))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_attempts_lose_no_increment_in_postgresql():
    if connection.vendor != "postgresql":
        pytest.fail("this test runs in the PostgreSQL suite (DATABASE_URL=postgres://...)")

    def count_one():
        try:
            return attempts.count("contact:race", HOUR, TEN)
        finally:
            connection.close()

    assert hammer(count_one) == list(range(1, 201))


@pytest.fixture
def redis_cache(settings):
    """Redis as the shared cache, under a key prefix of this test's own."""
    import subprocess

    url = subprocess.run(["bash", "scripts/redis.sh", "url"], capture_output=True, text=True, check=True)
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url.stdout.strip(),
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        },
    }
    yield
    attempts.forget_all()


@pytest.mark.postgres
def test_with_redis_concurrent_attempts_lose_no_increment_and_the_window_expires(db, redis_cache):
    from django.core.cache import caches

    assert hammer(lambda: attempts.count("contact:race", HOUR, TEN)) == list(range(1, 201))
    shared = caches["default"]
    client = shared._cache.get_client(None)
    ttl = client.ttl(shared.make_key(f"attempts:contact:race:{HOUR}:{TEN // HOUR}"))
    assert HOUR <= ttl <= 2 * HOUR + 60  # read until the end of the next window, which weighs it
    assert attempts.count("contact:race", HOUR, TEN + HOUR) == pytest.approx(1 + 200 * (1 - 0.5))
    assert not AttemptCount.objects.exists()  # nothing in the database when Redis counts
