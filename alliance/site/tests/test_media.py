"""Public uploads are served by the project itself; private files are not under /media/."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_public_image_is_served_from_the_media_folder(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "launch.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    response = client.get("/media/images/launch.png")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_private_files_live_outside_the_media_folder(settings):
    assert not str(settings.PRIVATE_STORAGE_ROOT).startswith(str(settings.MEDIA_ROOT))


def test_nothing_outside_the_media_folder_can_be_reached(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (tmp_path / "secret.txt").write_text("private")
    for address in ("/media/../secret.txt", "/media/%2e%2e/secret.txt"):
        response = client.get(address)
        assert response.status_code in (400, 404)
        assert b"private" not in response.content
