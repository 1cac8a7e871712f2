"""The participants' map on a phone: dots a finger can take (24 px, WCAG 2.5.8), the map and the
table scrolling in their own labelled regions down to 320 px, axe-core clean in both languages."""

import pytest

from alliance.conftest import Quiet

pytestmark = pytest.mark.e2e


@pytest.fixture
def registry(live_site):
    from alliance.authorities import demo as authorities_demo
    from alliance.participants import demo as participants_demo

    authorities_demo.load(Quiet())
    participants_demo.load(Quiet())
    return live_site


@pytest.mark.parametrize("language", ["en", "fr"])
def test_on_a_phone_every_dot_is_a_24_pixel_target(browser, registry, axe_check, screenshot, language):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{registry}/{language}/participants/map/")
    boxes = tab.evaluate(
        "Array.from(document.querySelectorAll('a.map-place')).map(a => a.getBoundingClientRect())"
        ".map(r => [r.width, r.height])"
    )
    assert len(boxes) > 100
    assert round(min(min(width, height) for width, height in boxes), 1) >= 24
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(tab, f"map at 390 px ({language})")
    screenshot(tab, f"participants-map-{language}-390")
    context.close()


def test_at_320_pixels_the_table_scrolls_in_its_own_labelled_region(browser, registry, axe_check):
    context = browser.new_context(viewport={"width": 320, "height": 700})
    tab = context.new_page()
    tab.goto(f"{registry}/en/participants/map/")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    for selector in (".table-scroll", ".map-scroll"):
        region = tab.locator(selector)
        assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-labelledby") or region.get_attribute("aria-label")
        assert region.evaluate("e => e.getBoundingClientRect().right") <= 320
    tab.keyboard.press("Tab")
    axe_check(tab, "map at 320 px")
    context.close()
