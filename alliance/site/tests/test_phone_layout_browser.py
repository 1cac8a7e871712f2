"""Every public page on a phone, in a real browser: no sideways scroll of the page at 390 px, a
menu that opens without JavaScript, and full-page screenshots at 390 and 1280 px in both
languages (under var/screenshots/layout/) for a person to look at."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

from alliance.opendata.tests.walk import walk

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# One page of each kind, for the screenshots (paths in English; the French page is reached
# through the language switcher, so translated slugs are followed too).
SCREENSHOT_PAGES = [
    ("home", "/en/"),
    ("about", "/en/about/"),
    ("participants", "/en/participants/"),
    ("participant", "/en/participants/heraklion/"),
    ("map", "/en/participants/map/"),
    ("declaration", "/en/declaration/"),
    ("signatories", "/en/declaration/signatories/"),
    ("programmes", "/en/programmes/"),
    ("romact", "/en/programmes/romact/"),
    ("networks", "/en/networks/"),
    ("events", "/en/events/"),
    ("news", "/en/news/"),
    ("practices", "/en/practices/"),
    ("texts", "/en/texts/"),
    ("prize", "/en/dosta-prize/"),
    ("join", "/en/join/"),
    ("contact", "/en/contact/"),
    ("privacy", "/en/privacy/"),
]


@pytest.fixture
def demo_site(live_site):
    call_command("load_demo", verbosity=0)
    return live_site


def _public_html_pages():
    pages = walk(Client(HTTP_HOST="127.0.0.1"))
    return sorted(url for url, (status, kind, _) in pages.items() if status == 200 and "html" in kind)


def _tab(browser, viewport, **options):
    context = browser.new_context(viewport=viewport, **options)
    tab = context.new_page()
    errors = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    return context, tab, errors


def test_no_public_page_scrolls_sideways_on_a_phone(browser, demo_site):
    urls = _public_html_pages()
    assert len(urls) > 80 and "/fr/participants/" in urls and "/en/privacy/" in urls
    context, tab, errors = _tab(browser, PHONE)
    too_wide = {}
    for url in urls:
        tab.goto(f"{demo_site}{url}")
        width = tab.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[url] = width
    context.close()
    assert too_wide == {}, f"pages wider than a 390 px phone: {too_wide}"
    assert [text for text in errors if "Content Security Policy" in text] == []


def test_screenshots_at_phone_and_desktop_width_in_both_languages(browser, demo_site, screenshot):
    for size, viewport in (("390", PHONE), ("1280", DESKTOP)):
        context, tab, errors = _tab(browser, viewport)
        for name, path in SCREENSHOT_PAGES:
            response = tab.goto(f"{demo_site}{path}")
            assert response.status == 200, path
            screenshot(tab, f"layout/{size}-en-{name}")
            # A link, or on a form page a button that sends the form there (what was typed stays).
            switch = tab.locator('nav[aria-label="Language"] [lang="fr"]')
            french = switch.get_attribute("href") or switch.get_attribute("formaction")
            tab.goto(f"{demo_site}{french}")
            assert tab.locator("html").get_attribute("lang") == "fr"
            assert tab.evaluate("document.documentElement.scrollWidth") <= viewport["width"], french
            screenshot(tab, f"layout/{size}-fr-{name}")
        context.close()
        assert errors == [], errors


def test_the_phone_menu_opens_without_javascript(browser, demo_site, axe_check):
    context, tab, _ = _tab(browser, PHONE, java_script_enabled=False)
    tab.goto(f"{demo_site}/fr/")
    menu = tab.get_by_role("navigation", name="Menu principal")
    assert not menu.is_visible(), "on a phone the menu starts folded"
    header = tab.locator("header").bounding_box()
    assert header["height"] < 260, f"the header takes {header['height']} px before any content"
    tab.get_by_text("Menu", exact=True).click()
    assert menu.get_by_role("link", name="Participants").is_visible()
    assert menu.get_by_role("link", name="Prix Dosta!").is_visible()
    menu.get_by_role("link", name="À propos").click()
    tab.wait_for_url(re.compile(r"/fr/a-propos/$"))
    context.close()


def test_on_a_wide_screen_the_menu_is_one_row_with_the_join_button(page, demo_site, axe_check):
    for language in ("en", "fr"):
        page.goto(f"{demo_site}/{language}/")
        links = page.locator(".site-nav__list a")
        assert links.first.is_visible()
        tops = {round(box["y"]) for box in (links.nth(i).bounding_box() for i in range(links.count()))}
        assert len(tops) == 1, f"the menu wraps onto {len(tops)} rows in {language}"
        join = page.locator(".menu-bar__join").bounding_box()
        bar = page.locator(".menu-bar").bounding_box()
        assert bar["y"] <= join["y"] and join["y"] + join["height"] <= bar["y"] + bar["height"]
        assert join["height"] < 60, "the Join button wraps onto two lines"
        axe_check(page, f"home ({language}) at 1280 px")


def test_tables_scroll_inside_a_labelled_region_that_the_keyboard_reaches(browser, demo_site, axe_check):
    context, tab, _ = _tab(browser, {"width": 320, "height": 700})
    tab.goto(f"{demo_site}/fr/participants/")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    region = tab.get_by_role("region", name="Participants, page 1 sur 6")
    assert region.get_attribute("tabindex") == "0"
    assert region.evaluate("element => element.scrollWidth > element.clientWidth")
    filters = tab.locator("details.filters")
    assert filters.get_attribute("open") is None and not tab.get_by_label("Pays").is_visible()
    tab.get_by_text("Filtres et tri").click()
    assert tab.get_by_label("Pays").is_visible()
    axe_check(tab, "directory at 320 px (fr)")
    context.close()


def test_the_printed_page_leaves_out_navigation_filters_pagination_and_footer(page, demo_site):
    page.goto(f"{demo_site}/en/participants/?q=a")
    page.emulate_media(media="print")
    for selector in (".menu-bar", ".masthead__tools", ".directory-filters", ".pagination", ".site-footer"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.get_by_role("heading", name="Participants", level=1).is_visible()
    assert page.locator(".directory-table").is_visible()
