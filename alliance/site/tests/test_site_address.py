"""The address in emails is where the site is: HOST and PORT in development, SITE_URL in production."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PRINT_SITE_URL = '.venv/bin/python -c "import alliance.settings as s; print(s.SITE_URL)"'
# The link an email would carry, built the way every email builds it.
PRINT_LINK = (
    '.venv/bin/python -c "import django; django.setup(); '
    "from alliance.applications.links import absolute; print(absolute('applications:join', 'fr'))\""
)


def site_url_after_local_env(*args, command=PRINT_SITE_URL, **env):
    """SITE_URL as the settings read it after `scripts/local-env.sh` (what serve.sh sources)."""
    clean = {key: value for key, value in os.environ.items() if key not in ("SITE_URL", "HOST", "PORT")}
    result = subprocess.run(
        ["bash", "-c", f'source scripts/local-env.sh "$@" && {command}', "serve", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "alliance.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def settings_site_url(**env):
    clean = {key: value for key, value in os.environ.items() if key not in ("SITE_URL", "HOST", "PORT")}
    result = subprocess.run(
        ["bash", "-c", PRINT_SITE_URL],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_make_run_on_another_port_sends_links_to_that_port():
    assert site_url_after_local_env("127.0.0.1", "8101") == "http://127.0.0.1:8101"


def test_make_run_on_another_host_sends_links_to_that_host():
    assert site_url_after_local_env("localhost", "8102") == "http://localhost:8102"


def test_the_default_address_is_the_default_port():
    assert site_url_after_local_env() == "http://127.0.0.1:8000"


def test_an_address_set_in_site_url_wins_over_host_and_port():
    url = site_url_after_local_env("127.0.0.1", "8101", SITE_URL="https://romaalliance.example.org/")
    assert url == "https://romaalliance.example.org"


def test_the_settings_follow_host_and_port_without_site_url():
    assert settings_site_url(HOST="127.0.0.1", PORT="8103") == "http://127.0.0.1:8103"
    assert settings_site_url(HOST="0.0.0.0", PORT="8104") == "http://127.0.0.1:8104"  # noqa: S104
    assert settings_site_url(HOST="::1", PORT="8105") == "http://[::1]:8105"


def test_an_emailed_link_follows_the_port_make_run_serves_on():
    link = site_url_after_local_env("127.0.0.1", "8101", command=PRINT_LINK)
    assert link.startswith("http://127.0.0.1:8101/fr/")
