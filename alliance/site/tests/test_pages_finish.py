"""What every page needs to finish well: a web app manifest with icons, fonts and manifests with
their own types, search forms with a real action, valid htmx attributes."""

import json

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, name",
    [
        ("en", "European Alliance of Cities and Regions for Roma Inclusion"),
        ("fr", "Alliance européenne des villes et des régions pour l’inclusion des Roms"),
    ],
)
def test_the_manifest_names_the_alliance_and_its_icons_in_each_language(client, site_shell, language, name):
    response = client.get(f"/{language}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == name and data["lang"] == language and data["start_url"] == f"/{language}/"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert any(icon.get("purpose") == "maskable" for icon in data["icons"])
    for icon in data["icons"]:
        assert finders.find(
            icon["src"].removeprefix(settings.STATIC_URL).split(".")[0] + "." + icon["src"].rsplit(".", 1)[1]
        )
    home = client.get(f"/{language}/").content.decode()
    assert f'<link rel="manifest" href="/{language}/manifest.webmanifest">' in home


def test_whitenoise_knows_the_types_it_would_otherwise_send_as_octet_stream():
    assert settings.WHITENOISE_MIMETYPES[".ttf"] == "font/ttf"
    assert settings.WHITENOISE_MIMETYPES[".webmanifest"] == "application/manifest+json"


def test_the_infographics_stylesheet_loads_woff2_subsets_not_the_truetype_files():
    css = open(finders.find("programmes/programmes.css"), encoding="utf-8").read()
    assert ".ttf" not in css and 'format("woff2")' in css and "unicode-range" in css
    assert finders.find("programmes/fonts/DejaVuSans.ttf") is None  # kept for the PDF, not served
    for name in ("infographic-sans.woff2", "infographic-sans-bold.woff2"):
        path = finders.find(f"programmes/fonts/{name}")
        assert path and open(path, "rb").read(4) == b"wOF2"


def test_search_forms_have_a_real_action(client, site_shell):
    for address, action in (("/en/search/?q=roma", "/en/search/"), ("/fr/search/", "/fr/search/")):
        html = client.get(address).content.decode()
        assert f'<form method="get" action="{action}" class="search-form"' in html


def test_htmx_attributes_are_valid_html_data_attributes(client, site_shell):
    html = client.get("/en/participants/").content.decode()
    assert "data-hx-get=" in html and "data-hx-target=" in html
    assert " hx-" not in html.replace("data-hx-", "")
