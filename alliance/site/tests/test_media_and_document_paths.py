"""Every address under /media/ and /documents/ answers 404 (or 400), never a server error.

An address missing its final slash is first redirected to the one with it, like any other.
"""

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PREFIXES = ["/media/", "/documents/", "/documents/1/", "/documents/authenticate_with_password/1/1/"]
NASTY = [
    "a" * 300,
    "images/" + "a" * 300 + ".png",
    "a/" * 3000,
    "%00",
    "a%00b.png",
    "%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2fsettings.py",
    "%c0%ae%c0%ae/",
    "%ff%fe",
    "images/",
    "99999999999999999999999999/x.pdf",
    "-1/x.pdf",
    "1/" + "x" * 5000 + ".pdf",
    "CON",
    "~/.ssh/id_rsa",
]
segment = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="?#"), min_size=0, max_size=400
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def media_folder(settings, tmp_path):
    # A media folder that exists, so that long names reach the file system.
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "images").mkdir(parents=True)
    (settings.MEDIA_ROOT / "images" / "launch.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    return settings.MEDIA_ROOT


def status_of(address):
    """The final status, after the redirect that adds a missing slash (/documents/0 -> /documents/0/)."""
    response = Client(raise_request_exception=False).get(address, follow=True)
    assert all(status < 500 for _url, status in response.redirect_chain)
    return response.status_code


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("tail", NASTY)
def test_a_nasty_path_is_not_found_and_never_a_server_error(prefix, tail):
    assert status_of(prefix + tail) in (400, 404)


def test_a_file_name_longer_than_the_file_system_allows_is_simply_not_found():
    assert status_of("/media/" + "a" * 300) == 404


def test_a_missing_media_file_is_not_redirected_to_a_language():
    assert status_of("/media/images/missing.png") == 404


def test_a_stored_image_is_still_served():
    assert status_of("/media/images/launch.png") == 200


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), tail=segment)
@example(prefix="/media/", tail="\x00")
@example(prefix="/media/", tail="é" * 200)
def test_no_path_under_media_or_documents_is_a_server_error(prefix, tail):
    assert status_of(prefix + tail) in (400, 404)
