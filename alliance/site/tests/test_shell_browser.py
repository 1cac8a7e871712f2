"""The shell in a real browser: home page in English and French, switching language, axe-core."""

import pytest

pytestmark = pytest.mark.e2e


def test_home_page_in_both_languages_with_the_switcher(page, live_site, axe_check, screenshot):
    page.goto(f"{live_site}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.get_by_role("heading", level=1).inner_text()
        == "European Alliance of Cities and Regions for Roma Inclusion"
    )
    axe_check(page, "home (en)")
    screenshot(page, "home-en")

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    page.wait_for_url(f"{live_site}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "inclusion des Roms" in page.get_by_role("heading", level=1).inner_text()
    axe_check(page, "home (fr)")
    screenshot(page, "home-fr")


def test_switching_language_keeps_the_page(page, live_site, axe_check):
    page.goto(f"{live_site}/en/about/")
    page.get_by_role("link", name="Français").click()
    page.wait_for_url(f"{live_site}/fr/a-propos/")
    assert page.get_by_role("heading", level=1).inner_text() == "À propos de l'Alliance"
    axe_check(page, "about (fr)")


def test_the_skip_link_moves_focus_to_the_content(page, live_site):
    page.goto(f"{live_site}/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_404_page_is_translated_and_accessible(page, live_site, axe_check):
    response = page.goto(f"{live_site}/fr/aucune-page/")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Page introuvable"
    axe_check(page, "404 (fr)")


def test_the_layout_works_on_a_phone(browser, live_site, axe_check, screenshot):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    tab = context.new_page()
    tab.goto(f"{live_site}/en/")
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, "the page scrolls sideways on a phone"
    axe_check(tab, "home on a phone")
    screenshot(tab, "home-phone")
    context.close()
