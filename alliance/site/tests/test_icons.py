"""The site's own icons: /favicon.ico at the root and an apple-touch icon, linked from every page."""

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age=604800" in response["Cache-Control"]
    assert response["ETag"]
    icon = Image.open(io.BytesIO(response.content))
    assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]


def test_every_page_links_the_icons(client, site_shell):
    html = client.get("/fr/").content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
    assert '<link rel="apple-touch-icon" href="/static/site/apple-touch-icon.png">' in html


def test_the_apple_touch_icon_is_an_opaque_180_px_square():
    from django.contrib.staticfiles import finders

    image = Image.open(finders.find("site/apple-touch-icon.png"))
    assert image.size == (180, 180) and image.mode == "RGB"
