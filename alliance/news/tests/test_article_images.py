"""A news article's image: a responsive picture in a modern format, and the link preview's image."""

from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage


@pytest.fixture
def picture(db):
    from wagtail.images.models import Image

    buffer = BytesIO()
    PillowImage.new("RGB", (1600, 900), "#003d7a").save(buffer, "PNG")
    return Image.objects.create(title="Mayors", file=ImageFile(buffer, name="mayors.png"))


def test_the_image_comes_in_webp_in_several_widths(client, publish_article, picture):
    publish_article("With a picture", image=picture, image_alt="Mayors in a meeting room")
    html = client.get("/en/news/with-a-picture/").content.decode()
    assert "<picture>" in html
    assert 'type="image/webp"' in html
    webp = html[html.index('type="image/webp"') - 400 : html.index('type="image/webp"') + 400]
    assert ".webp 480w" in webp and ".webp 960w" in webp and ".webp 1440w" in webp
    assert 'sizes="(max-width: 62rem) 100vw, 60rem"' in html
    assert 'alt="Mayors in a meeting room"' in html


def test_the_link_preview_shows_the_articles_own_image(client, publish_article, picture, settings):
    publish_article("With a picture", image=picture, image_alt="Mayors in a meeting room")
    html = client.get("/en/news/with-a-picture/").content.decode()
    start = html.index('<meta property="og:image" content="') + len('<meta property="og:image" content="')
    image = html[start : html.index('"', start)]
    assert image.startswith(settings.SITE_URL.rstrip("/")) and "share-card" not in image
    assert ".fill-1200x630" in image and image.endswith(".jpg")
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:alt" content="Mayors in a meeting room">' in html


def test_an_article_without_image_shows_the_sites_card(client, publish_article):
    publish_article("Without a picture")
    html = client.get("/en/news/without-a-picture/").content.decode()
    assert "site/share-card" in html
