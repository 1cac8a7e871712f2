"""Directory -> search -> profile -> map in a real browser, in English and French, axe-core clean."""

import datetime

import pytest
from playwright.sync_api import expect

from alliance.conftest import Quiet

# Playwright's sync API runs an event loop in this thread; the test database is set up beside it.


@pytest.fixture
def audit(browser, axe_check):
    """audit(url) opens the address in a second tab and runs axe-core on it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()

    def check(url, label):
        tab.goto(url)
        axe_check(tab, label)

    yield check
    context.close()


@pytest.fixture
def registry(wagtail_root, live_site):
    from alliance.authorities import demo as authorities_demo
    from alliance.authorities.models import Authority, Country
    from alliance.participants import demo as participants_demo
    from alliance.participants.models import Participation

    authorities_demo.load(Quiet())
    participants_demo.load(Quiet())
    korce = Authority.objects.create(
        name="Korçë",
        country=Country.objects.get(code="AL"),
        latitude=40.6186,
        longitude=20.7808,
        population=75994,
    )
    Participation.objects.create(authority=korce, accession_number=131, joined_on=datetime.date(2016, 3, 1))
    return live_site


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("language", "search_label", "map_link"),
    [
        ("en", "Search by name", "Map of all participants"),
        ("fr", "Rechercher par nom", "Carte de tous les participants"),
    ],
)
def test_directory_search_profile_and_map(page, registry, audit, language, search_label, map_link):
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(f"{registry}/{language}/participants/")
    assert page.locator("h1").inner_text() == "Participants"
    audit(page.url, f"directory {language}")

    # htmx replaces the results as the visitor types, and the address follows.
    page.get_by_label(search_label).fill("korce")
    page.wait_for_url("**q=korce**")
    results = page.locator("#results tbody tr")
    results.first.wait_for()
    expect(results).to_have_count(1)
    assert "Korçë" in results.first.inner_text()
    audit(page.url, f"search {language}")

    # A filter applies as soon as it is chosen; leaving the search field asks nothing again, so the list
    # is not replaced under the pointer of a visitor who clicks a result.
    with page.expect_response(lambda response: "country=AL" in response.url):
        page.locator("#id_country").select_option("AL")
    expect(results).to_have_count(1)
    assert "country=AL" in page.url

    page.locator("#results").get_by_role("link", name="Korçë").click()
    page.wait_for_url(f"**/{language}/participants/korce/")
    assert page.locator("h1").inner_text() == "Korçë"
    expect(page.locator(".profile__map svg")).to_have_count(1)
    audit(page.url, f"profile {language}")

    page.get_by_role("link", name=map_link).click()
    page.wait_for_url(f"**/{language}/participants/map/")
    assert page.locator("svg.alliance-map a").count() >= 130
    audit(page.url, f"map {language}")
    audit(f"{registry}/{language}/participants/history/?year=2015", f"history {language}")
    # The journey ran under the site's strict CSP: nothing was refused, and no script failed.
    assert errors == []
