import pytest
from playwright.sync_api import expect

from alliance.conftest import Quiet

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo_site(wagtail_root, live_site):
    from alliance.networks import demo as networks_demo
    from alliance.prizes import demo as prizes_demo
    from alliance.programmes import demo as programmes_demo

    for demo in (programmes_demo, networks_demo, prizes_demo):
        demo.load(Quiet())
    return live_site


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_programme_page_with_its_infographic(demo_site, page, axe_check, language):
    page.goto(f"{demo_site}/{language}/programmes/romact/?as_of=2018-09-30")
    assert page.locator("h1").inner_text() == "ROMACT"
    svg = page.locator(".infographic svg")
    assert svg.get_attribute("role") == "img"
    assert page.locator("table").first.locator("th[scope=row]").count() >= 5
    expect(page.locator("a[href$='infographic.png?as_of=2018-09-30']")).to_have_count(1)
    axe_check(page, f"programme page ({language})")


def test_choosing_another_day_changes_the_figures(demo_site, page):
    page.goto(f"{demo_site}/en/programmes/romact/")
    page.fill("#as_of", "2015-01-01")
    page.click(".as-of-form button")
    assert "as_of=2015-01-01" in page.url
    assert "Figures as of 1 January 2015" in page.locator("#figures").inner_text()
    expect(page.locator("text=59 reported")).to_have_count(0)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_network_page(demo_site, page, axe_check, language):
    page.goto(f"{demo_site}/{language}/networks/ukraine/")
    assert page.locator("text=Uzhhorod").count() >= 1
    axe_check(page, f"network page ({language})")
    page.goto(f"{demo_site}/{language}/networks/")
    axe_check(page, f"networks index ({language})")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_prize_page(demo_site, page, axe_check, language):
    page.goto(f"{demo_site}/{language}/dosta-prize/")
    expect(page.locator("#edition-2015")).to_have_count(1)
    axe_check(page, f"prize page ({language})")
    page.goto(f"{demo_site}/{language}/programmes/")
    axe_check(page, f"programmes index ({language})")


def test_a_screenshot_of_the_programme_page(demo_site, page, screenshot):
    page.goto(f"{demo_site}/fr/programmes/romact/?as_of=2018-09-30")
    assert screenshot(page, "programme-romact-fr").exists()
