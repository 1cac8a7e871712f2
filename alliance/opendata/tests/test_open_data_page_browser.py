"""The open-data page in a real browser, in both languages: reached from the footer, accessible,
fitting a phone, with a working link to every dataset's files and to the API."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from alliance.opendata.catalogue import DATASETS

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo_site(live_site):
    call_command("load_demo", verbosity=0)
    return live_site


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_open_data_page_from_the_footer(demo_site, page, axe_check, language):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{demo_site}/{language}/")
    page.locator("footer a[href$='/open-data/']").click()
    assert page.url == f"{demo_site}/{language}/open-data/"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, f"open-data page ({language})")
    for table in DATASETS:
        expect(page.locator(f"#dataset-{table.name}")).to_have_count(1)
        links = page.locator(f"section[aria-labelledby='dataset-{table.name}'] dd a")
        expect(links).to_have_count(len(table.formats) + 1)  # every file, and the API
    assert (
        page.locator("a[rel='license']").get_attribute("href")
        == "https://creativecommons.org/licenses/by/4.0/"
    )
    with page.expect_download() as download:
        page.locator("section[aria-labelledby='dataset-participants'] a", has_text="CSV").click()
    assert download.value.suggested_filename.startswith("alliance-participants-")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_citing_the_participants_as_of_a_past_day(demo_site, page, axe_check, screenshot, language):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{demo_site}/{language}/open-data/")
    page.locator("#cite-on").fill("2015-12-31")
    page.locator("form[action='#cite'] button").click()
    assert "on=2015-12-31" in page.url
    section = page.locator("section[aria-labelledby='dataset-participants']")
    as_of = {"en": "(as of 2015-12-31), CC BY 4.0", "fr": "(au 2015-12-31), CC BY 4.0"}[language]
    expect(section.locator("cite")).to_contain_text(as_of)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, f"open-data page as of a day ({language})")
    screenshot(page, f"open-data-cite-as-of-{language}")
    with page.expect_download() as download:
        section.locator("a", has_text="CSV").click()
    assert download.value.suggested_filename == "alliance-participants-2015-12-31.csv"
    # A day that is not one (an old bookmark, a hand-written address) is refused with a message.
    response = page.goto(f"{demo_site}/{language}/open-data/?on=2015-02-30")
    assert response.status == 400
    expect(page.locator("#cite-on-error")).to_be_visible()
    axe_check(page, f"open-data page with a wrong day ({language})")
