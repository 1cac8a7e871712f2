"""Bodies too large are refused from their Content-Length, before any of them is read."""

import io
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[3]
MB = 1024 * 1024

pytestmark = pytest.mark.django_db


class Tripwire(io.RawIOBase):
    """A request body that records every attempt to read it."""

    def __init__(self):
        self.reads = 0

    def readable(self):
        return True

    def read(self, size=-1):
        self.reads += 1
        return b""

    def readline(self, size=-1):
        self.reads += 1
        return b""

    def readinto(self, buffer):
        self.reads += 1
        return 0


def post_announcing(address, length, content_type="multipart/form-data; boundary=x"):
    body = Tripwire()
    response = Client(raise_request_exception=False).generic(
        "POST", address, b"", CONTENT_TYPE=content_type, CONTENT_LENGTH=str(length), **{"wsgi.input": body}
    )
    return response, body


@pytest.mark.parametrize(
    "address", ["/en/join/", "/fr/declaration/sign/", "/en/contact/", "/api/v1/countries"]
)
def test_it_refuses_a_200_mb_body_without_reading_it(address):
    response, body = post_announcing(address, 200 * MB)
    assert response.status_code == 413
    assert body.reads == 0


def test_it_says_why_in_the_visitors_language():
    response, _body = post_announcing("/fr/join/", 200 * MB)
    assert "Trop volumineux" in response.content.decode()
    response, _body = post_announcing("/en/join/", 200 * MB)
    assert "Too large to be sent" in response.content.decode()


def test_it_refuses_a_length_that_is_not_a_number():
    response, body = post_announcing("/en/contact/", "12abc")
    assert response.status_code == 413 and body.reads == 0


def test_a_body_within_the_limit_is_read(settings):
    response, body = post_announcing("/en/contact/", settings.REQUEST_BODY_MAX_BYTES)
    assert response.status_code != 413
    assert body.reads > 0


def test_the_public_limit_leaves_room_for_the_largest_letter(settings):
    assert settings.REQUEST_BODY_MAX_BYTES > settings.APPLICATION_LETTER_MAX_BYTES
    assert settings.REQUEST_BODY_MAX_BYTES <= 16 * MB


def test_the_back_office_has_its_own_larger_limit(settings):
    response, body = post_announcing("/admin/documents/multiple/add/", 20 * MB)
    assert response.status_code != 413
    response, body = post_announcing("/admin/documents/multiple/add/", 200 * MB)
    assert response.status_code == 413 and body.reads == 0


def test_django_keeps_fields_and_uploads_in_memory_only_up_to_two_megabytes(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 2 * MB
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == 2 * MB


def test_gunicorn_is_served_with_request_limits_and_timeouts():
    from gunicorn.app.base import Application

    class Loaded(Application):
        def init(self, parser, opts, args):
            return None

        def load_config(self):
            self.load_config_from_file(str(ROOT / "gunicorn.conf.py"))

        def load(self):
            return None

    config = Loaded().cfg
    assert config.limit_request_line <= 8190
    assert 0 < config.limit_request_fields <= 100
    assert 0 < config.limit_request_field_size <= 8190
    assert 0 < config.timeout <= 60
    assert 0 < config.keepalive <= 5
    assert "--config gunicorn.conf.py" in (ROOT / "scripts" / "serve.sh").read_text()
