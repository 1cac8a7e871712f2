"""Printed pages: every link's address written out, the site's own links too, and no blank page."""

import subprocess

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.e2e

PAGES = [
    "/en/",
    "/fr/",
    "/en/declaration/",
    "/fr/declaration/",
    "/en/participants/map/",
    "/en/programmes/romact/",
    "/en/embed/",
    "/fr/open-data/",
    "/en/news/",
    "/en/join/",
]


@pytest.fixture
def demo_site(live_site):
    call_command("load_demo", verbosity=0)
    return live_site


def pages_text(path):
    count = next(
        int(line.split()[-1])
        for line in subprocess.run(
            ["pdfinfo", path], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        if line.startswith("Pages:")
    )
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), path, "-"], capture_output=True, text=True, check=True
        ).stdout
        for n in range(1, count + 1)
    ]


def test_printed_pages_write_out_links_and_leave_no_blank_page(browser, demo_site, tmp_path):
    context = browser.new_context()
    tab = context.new_page()
    blank = {}
    for url in PAGES:
        tab.goto(f"{demo_site}{url}")
        pdf = tmp_path / "page.pdf"
        tab.pdf(path=str(pdf), format="A4")
        texts = pages_text(str(pdf))
        empty = [number for number, text in enumerate(texts, 1) if not text.strip()]
        if empty:
            blank[url] = empty
        if url == "/en/participants/map/":
            assert "</en/participants/heraklion/>" in "".join(texts).replace("\n", "")
    context.close()
    assert blank == {}
