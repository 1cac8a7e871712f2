"""While the shared cache (Redis) is down, every public address still answers, from the database;
when Redis comes back it is used again, with no restart (`alliance/core/cache.py`).

A Redis server of the test's own runs on a free port, so that it can be stopped and started."""

import logging
import shutil
import socket
import subprocess
import time
import uuid

import pytest
import redis
from django.core.cache import caches
from django.core.management import call_command
from wagtail.models import Site

from alliance.core import attempts
from alliance.core.cache import ResilientRedisCache
from alliance.opendata.tests.walk import walk

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    def __init__(self, directory):
        self.port = free_port()
        self.directory = directory
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            cwd=self.directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if client.ping():
                    return self
            except redis.ConnectionError:
                time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def keys(self):
        return [key.decode() for key in redis.Redis.from_url(self.url).keys("*")]


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path).start()
    yield server
    server.stop()


def use_redis(settings, url, retry_seconds=0.2):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "alliance.core.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1, "RETRY_SECONDS": retry_seconds},
        },
    }


def wait_until(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "not within the deadline"
        time.sleep(0.05)


@pytest.mark.django_db
def test_every_public_address_answers_while_redis_is_down(settings, client):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    call_command("load_demo", verbosity=0)
    pages = walk(client)
    for address in ("/sitemap.xml", "/robots.txt", "/en/search/?q=Roma", "/fr/search/?q=Roms"):
        response = client.get(address)
        pages[address] = (response.status_code, "", "")
    reached = {url for url, (status, _, _) in pages.items() if status == 200}
    # Among them, the pages Wagtail serves (its site root paths are read from the cache), the
    # sitemap, feeds, search and the API.
    for address in (
        "/sitemap.xml",
        "/en/news/",
        "/en/news/feed/rss/",
        "/api/v1/counters",
        "/en/search/?q=Roma",
    ):
        assert address in reached
    for section in ("/en/networks/", "/en/programmes/", "/en/participants/", "/en/news/"):
        assert len([url for url in reached if url.startswith(section)]) > 1, section
    assert {url: status for url, (status, _, _) in pages.items() if status >= 500} == {}


@pytest.mark.django_db
def test_redis_is_used_again_when_it_comes_back_with_no_restart(settings, client, site_shell, redis_server):
    use_redis(settings, redis_server.url)
    assert client.get("/en/").status_code == 200
    assert any("wagtail_site_root_paths" in key for key in redis_server.keys())

    redis_server.stop()
    for address in ("/en/", "/en/participants/", "/api/v1/counters"):
        assert client.get(address).status_code == 200
    assert Site.get_site_root_paths()  # read from the database

    redis_server.start()  # empty: it kept nothing

    def stored_again():
        Site.get_site_root_paths()
        return any("wagtail_site_root_paths" in key for key in redis_server.keys())

    wait_until(stored_again)
    assert client.get("/en/").status_code == 200


def test_a_dead_redis_costs_one_connection_attempt_per_retry_period_and_one_log_line(settings, caplog):
    use_redis(settings, f"redis://127.0.0.1:{free_port()}/0", retry_seconds=60)
    cache = caches["default"]
    assert isinstance(cache, ResilientRedisCache)
    tried = []
    original = cache._cache.get_client

    def counting(*args, **kwargs):
        tried.append(args)
        return original(*args, **kwargs)

    cache._cache.get_client = counting
    with caplog.at_level(logging.WARNING, logger="alliance.core.cache"):
        assert [cache.get("figure", "missing") for _ in range(50)] == ["missing"] * 50
        cache.set("figure", 1)
        assert cache.get_many(["a", "b"]) == {}
        assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert cache.add("a", 1) is False
        assert cache.has_key("a") is False
        assert cache.get_or_set("computed", lambda: 42) == 42
    assert len(tried) == 1
    assert [record.getMessage().split(" (")[0] for record in caplog.records] == ["Shared cache unavailable"]


def test_a_deletion_missed_during_an_outage_is_done_when_redis_answers_again(settings, redis_server):
    use_redis(settings, redis_server.url)
    cache = caches["default"]
    cache.set("site-root-paths", "the old sites")
    client = cache._cache
    real_delete = type(client).delete

    def unreachable(*args, **kwargs):
        raise redis.ConnectionError("Connection refused")

    type(client).delete = unreachable
    try:
        assert cache.delete("site-root-paths") is False  # no error for the caller
    finally:
        type(client).delete = real_delete
    wait_until(cache.available)
    assert cache.get("site-root-paths") is None  # the deletion is done before anything is read


@pytest.mark.django_db
def test_rate_limits_keep_counting_in_the_database_while_redis_is_down(settings, redis_server):
    use_redis(settings, redis_server.url)
    assert [attempts.count("contact:ip", 3600, now=100) for _ in range(2)] == [1, 2]
    redis_server.stop()
    assert [attempts.count("contact:ip", 3600, now=100) for _ in range(3)] == [1, 2, 3]
    redis_server.start()
    wait_until(caches["default"].available)
    assert attempts.count("contact:ip", 3600, now=100) == 1  # a new Redis, counting again
