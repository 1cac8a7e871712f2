"""In a real browser, in English and French: the dashboard fits a phone, passes axe-core, and its
filters work without any script."""

import datetime

import pytest

from alliance.actionplans.models import Area, MeasureStatus

from .conftest import make_dated_report, make_plan


@pytest.fixture
def dashboard_site(live_site, heraklion, strasbourg):
    punctual = make_plan(heraklion, measures=(Area.EDUCATION, Area.ANTI_DISCRIMINATION), demonstration=True)
    education = punctual.measures.first()
    make_dated_report(
        punctual,
        datetime.date(2026, 2, 15),
        submitted_on=datetime.date(2026, 2, 10),
        progress=[(education, MeasureStatus.ONGOING, 12000)],
    )
    make_plan(strasbourg, measures=(Area.POLITICAL_PARTICIPATION, Area.CULTURE, Area.HOUSING))
    return live_site


@pytest.mark.e2e
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_dashboard_reads_well_on_a_phone_and_filters_without_script(
    dashboard_site, browser, page, axe_check, language
):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{dashboard_site}/{language}/action-plans/?on=2026-06-30")
    assert tab.locator("svg[role=img]").count() == 3
    assert tab.locator("tbody tr").count() >= 5
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    tab.select_option("#id_country", "GR")
    tab.locator("form.search-form button[type=submit]").click()
    tab.wait_for_load_state("load")
    assert "country=GR" in tab.url
    assert tab.locator("a[href*='/action-plans/']:has-text('Local Action Plan')").count() == 1
    context.close()

    # With scripts, under the site's security policy (the `page` fixture fails on any breach).
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{dashboard_site}/{language}/action-plans/?on=2026-06-30")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(page, f"dashboard at phone width ({language})")
    page.goto(f"{dashboard_site}/{language}/action-plans/?on=not-a-date")
    assert page.locator("#on-error").count() == 1
    axe_check(page, f"dashboard with a bad date ({language})")
