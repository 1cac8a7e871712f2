"""`manage.py check --deploy` refuses a configuration under which processes could show different figures."""

import os
import subprocess
import sys
from pathlib import Path

from alliance.core.checks import coherence

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "ALLOWED_HOSTS": "romaalliance.example.org",
    "SITE_URL": "https://romaalliance.example.org",
    "DATABASE_URL": "postgres://alliance@127.0.0.1:5432/alliance",
}


def check_deploy(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **PRODUCTION, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deploy_check_fails_when_each_process_keeps_its_own_cache():
    result = check_deploy(CACHE_URL="memory")
    assert result.returncode != 0
    assert "core.E001" in result.stderr
    assert "Set CACHE_URL to a Redis server shared by every app node" in result.stderr


def test_the_deploy_check_accepts_redis_and_the_database_cache():
    assert check_deploy(CACHE_URL="redis://cache.example.org:6379/0").returncode == 0
    assert check_deploy().returncode == 0  # CACHE_URL unset: the database's cache table


def test_a_file_cache_on_one_machine_is_refused_too(settings):
    settings.DEBUG = False
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": "/tmp/x"},
    }
    assert [error.id for error in coherence()] == ["core.E001"]


def test_development_with_one_process_may_keep_its_cache_in_memory(settings):
    settings.DEBUG = True
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert coherence() == []
