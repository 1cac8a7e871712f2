"""The infographic's PDF is a document: vector text in the page's language, the same figures as the
page's SVG, and tables that `pdftotext` reads."""

import datetime
import shutil
import subprocess

import pytest
from django.utils import translation

from alliance.programmes.snapshot import snapshot

DAY = datetime.date(2018, 9, 30)


def pdf_text(content, tmp_path):
    assert shutil.which("pdftotext"), "pdftotext is missing: run scripts/prepare-tests.sh (poppler-utils)"
    path = tmp_path / "infographic.pdf"
    path.write_bytes(content)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


@pytest.mark.parametrize(
    ("language", "title", "heading"),
    [
        ("en", "ROMACT as of 30 September 2018", "Municipalities by country"),
        ("fr", "ROMACT au 30 septembre 2018", "Municipalités par pays"),
    ],
)
def test_the_pdf_has_the_title_and_every_figure_as_text(client, romact, tmp_path, language, title, heading):
    response = client.get(f"/{language}/programmes/romact/infographic.pdf", {"as_of": DAY.isoformat()})
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content, tmp_path)
    assert title in text
    assert heading in text
    with translation.override(language):
        snap = snapshot(romact, DAY)
        assert snap.countries
        for row in snap.countries:
            name, figure = row.country.name, str(row.municipalities)
            assert any(
                line.strip().startswith(name) and figure in line.split() for line in text.splitlines()
            ), (name, figure)
        for _value, _label, count in snap.steps:
            assert str(count) in text


def test_the_pdf_is_text_not_a_picture_and_says_its_language(client, romact):
    content = client.get("/fr/programmes/romact/infographic.pdf", {"as_of": DAY.isoformat()}).content
    assert b"/Subtype /Image" not in content
    assert b"/Lang (fr)" in content
    assert b"/FontFile2" in content  # DejaVu Sans is embedded, so every accent prints
