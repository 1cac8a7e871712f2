import pytest
from playwright.sync_api import expect

from alliance.conftest import Quiet

# Playwright keeps an event loop running in this thread; the database calls around these tests
# (set-up, and the flush and restore after each) are synchronous, so Django is told they are safe.


@pytest.fixture
def demo_site(wagtail_root, live_site):
    from alliance.authorities.models import Authority, Country
    from alliance.library import demo as library_demo
    from alliance.practices import demo as practices_demo
    from alliance.practices.models import GoodPractice, Status

    practices_demo.load(Quiet())
    library_demo.load(Quiet())
    # One practice with an authority, links and a period, so that every part of the page is drawn.
    country, _created = Country.objects.get_or_create(
        code="GR", defaults={"name_en": "Greece", "name_fr": "Grèce"}
    )
    authority, _created = Authority.objects.get_or_create(name="Heraklion", defaults={"country": country})
    GoodPractice.objects.create(
        authority=authority,
        theme="culture",
        status=Status.PUBLISHED,
        title_en="A test practice with every part",
        title_fr="Une pratique d'essai complète",
        summary_en="Summary.",
        summary_fr="Résumé.",
        results_en="Results.",
        results_fr="Résultats.",
        period_start=2014,
        links="Example | https://example.org/",
    )
    return live_site


@pytest.mark.e2e
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_practices_list_filters_and_detail(demo_site, page, axe_check, language):
    page.goto(f"{demo_site}/{language}/practices/")
    expect(page.locator(".teaser")).to_have_count(6)
    axe_check(page, f"practices list ({language})")
    page.select_option("#id_theme", "housing")
    page.locator("form.search-form button[type=submit]").click()
    assert "theme=housing" in page.url
    expect(page.locator(".teaser")).to_have_count(2)
    axe_check(page, f"practices list filtered ({language})")
    page.locator(".teaser a").first.click()
    expect(page.locator("h1")).to_have_count(1)
    axe_check(page, f"practice page ({language})")
    page.goto(f"{demo_site}/{language}/practices/?q=heraklion")
    expect(page.locator(".teaser")).to_have_count(1)
    page.locator(".teaser a").first.click()
    expect(page.locator("a[href='https://example.org/']")).to_have_count(1)
    axe_check(page, f"practice page with every part ({language})")


@pytest.mark.e2e
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_adopted_texts(demo_site, page, axe_check, language):
    page.goto(f"{demo_site}/{language}/texts/")
    expect(page.locator("tbody tr")).to_have_count(3)
    axe_check(page, f"texts list ({language})")
    page.select_option("#id_year", "2017")
    page.locator("form.search-form button[type=submit]").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    page.locator("tbody a").first.click()
    expected = "not given" if language == "en" else "non indiqué"
    expect(page.locator(f"text={expected}")).to_have_count(1)
    axe_check(page, f"text page ({language})")
