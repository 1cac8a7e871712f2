"""Real processes for the coherence tests: gunicorn servers on free ports, and management commands,
all on one database (and cache) of the test's own."""

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[3]
ADMIN_PASSWORD = "a-test-password-for-the-back-office"


def environment(database_url, cache_url="", key_prefix=""):
    """What `make run` sets (DEBUG aside: no collected static files are needed), on the test's own
    database and cache; the anti-robot token is off so that forms can be sent from code."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "alliance.settings",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "FORM_PROTECTION": "0",
        "STAFF_2FA_REQUIRED": "0",
        "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "LOG_LEVEL": "WARNING",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    if cache_url:
        env["CACHE_URL"] = cache_url
        env["CACHE_KEY_PREFIX"] = key_prefix
    return env


def manage(env, *args, timeout=600, expect_failure=False):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if expect_failure:
        assert result.returncode != 0, f"manage.py {' '.join(args)} succeeded:\n{result.stdout}"
        return result.stdout + result.stderr
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


class Server:
    """One gunicorn process (one worker) on a port the system chose: a process of its own."""

    def __init__(self, env, name):
        self.env = env
        self.name = name
        self.process = None
        self.url = ""
        self.log = []

    def start(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "alliance.wsgi",
                "--bind",
                "127.0.0.1:0",
                "--workers",
                "1",
                "--threads",
                "2",
                "--log-level",
                "info",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        found = threading.Event()

        def read():
            for line in self.process.stderr:
                self.log.append(line)
                match = re.search(r"Listening at: (http://127\.0\.0\.1:\d+)", line)
                if match:
                    self.url = match.group(1)
                    found.set()

        threading.Thread(target=read, daemon=True).start()
        if not found.wait(60):
            self.stop()
            raise AssertionError(f"{self.name} did not start:\n{''.join(self.log)}")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/api/v1/counters", timeout=30).status_code == 200:
                    return self
            except (requests.ConnectionError, requests.Timeout):
                pass
            time.sleep(0.2)
        raise AssertionError(f"{self.name} does not answer:\n{''.join(self.log)}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def restart(self):
        self.stop()
        return self.start()


class Visitor:
    """A browser's session: cookies, and the CSRF token read from each form page."""

    def __init__(self):
        self.session = requests.Session()

    def get(self, server, path, **kwargs):
        response = self.session.get(f"{server.url}{path}", timeout=60, **kwargs)
        assert response.status_code < 500, f"{server.name} GET {path}: {response.status_code}"
        return response

    def json(self, server, path):
        response = self.get(server, path)
        assert response.status_code == 200, (server.name, path, response.status_code)
        return response.json()

    def post_form(self, server, path, data, form_path=None):
        page = self.get(server, form_path or path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        assert token, f"no form at {form_path or path} on {server.name}"
        return self.session.post(
            f"{server.url}{path}",
            data={"csrfmiddlewaretoken": token.group(1), **data},
            headers={"Referer": f"{server.url}{path}"},
            allow_redirects=False,
            timeout=60,
        )

    def sign_in(self, server, username="admin"):
        response = self.post_form(server, "/admin/login/", {"username": username, "password": ADMIN_PASSWORD})
        assert response.status_code == 302, f"sign-in refused on {server.name}: {response.status_code}"
