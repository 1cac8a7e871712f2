"""Every answer carries the security headers, the 413 page and error pages included; no answer names
its server software."""

import re
import socket
import subprocess
import sys
import time

import pytest
from django.test import Client

from alliance.core.security_headers import PERMISSIONS_POLICY

from .processes import ROOT

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
EVERYWHERE = ("Permissions-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options")


def assert_secured(response, csp=True):
    for name in EVERYWHERE:
        assert response.has_header(name), name
    assert "camera=()" in response["Permissions-Policy"]
    if csp:
        assert "default-src 'self'" in response["Content-Security-Policy"]


def test_the_413_page_carries_the_security_headers():
    response = Client().generic("POST", "/en/contact/", b"", CONTENT_LENGTH=str(200 * MB))
    assert response.status_code == 413
    assert_secured(response)


def test_the_not_found_page_carries_them(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert_secured(response)


def test_the_error_page_carries_them(settings):
    settings.ROOT_URLCONF = "alliance.core.tests.urls_failing"
    response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    assert_secured(response)


def test_pages_files_and_the_back_office_carry_permissions_policy(client, administrator):
    for address in ("/en/participants/export.csv", "/api/v1/counters", "/robots.txt", "/admin/login/"):
        assert client.get(address)["Permissions-Policy"] == PERMISSIONS_POLICY, address
    client.force_login(administrator)
    response = client.get("/admin/")
    assert_secured(response, csp=False)  # the back office has no strict policy (Wagtail's inline scripts)


def test_a_page_made_to_be_framed_stays_frameable(client):
    response = client.get("/en/embed/counter/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_with_the_projects_settings_does_not_name_itself():
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "alliance.core.tests.security_headers_app:application",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        head = b""
        deadline = time.monotonic() + 60
        while not head:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
                    connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    while chunk := connection.recv(65536):
                        head += chunk
            except ConnectionRefusedError:
                assert time.monotonic() < deadline and server.poll() is None, server.stderr.read()
                time.sleep(0.1)
        assert head.startswith(b"HTTP/1.1 200")
        headers = head.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        assert not re.search(r"^server:", headers, re.IGNORECASE | re.MULTILINE), headers
        assert "gunicorn" not in headers.lower()
    finally:
        server.terminate()
        server.wait(20)
