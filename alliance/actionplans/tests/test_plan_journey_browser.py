"""In a real browser: a focal point drafts a plan, submits it, the secretariat asks for changes,
the focal point resubmits, the secretariat accepts; then a progress report goes the same way, and
the public reads the plan and the Alliance-wide picture at phone width."""

import datetime

import pytest
from playwright.sync_api import expect

PASSWORD = "a long and unusual pass phrase 47"


@pytest.fixture
def plan_site(wagtail_root, live_site, django_user_model, moderator):
    from alliance.authorities.models import Authority, Country
    from alliance.focalpoints.models import FocalPoint
    from alliance.participants.models import Participation

    country, _created = Country.objects.get_or_create(
        code="GR", defaults={"name_en": "Greece", "name_fr": "Grèce"}
    )
    authority = Authority.objects.create(name="Heraklion", country=country)
    Participation.objects.create(
        authority=authority, accession_number=1, joined_on=datetime.date(2013, 3, 20)
    )
    user = django_user_model.objects.create_user("focal@example.gr", "focal@example.gr", PASSWORD)
    FocalPoint.objects.create(authority=authority, user=user, name="Eleni Example", email="focal@example.gr")
    return live_site


def fill_measure(page, index, title, area):
    page.fill(f"#id_measures-{index}-title", title)
    page.select_option(f"#id_measures-{index}-area", area)
    page.fill(f"#id_measures-{index}-description", "Mediators visit families every week.")
    page.fill(f"#id_measures-{index}-budget", "40000")
    page.fill(f"#id_measures-{index}-responsible_body", "Department of education")
    page.fill(f"#id_measures-{index}-roma_involvement", "Roma mediators plan the visits.")


@pytest.mark.e2e
@pytest.mark.parametrize("language", ["en", "fr"])
def test_draft_submit_changes_resubmit_accept_and_read(plan_site, browser, page, axe_check, language):
    from alliance.actionplans.models import ActionPlan

    page.set_viewport_size({"width": 390, "height": 844})  # focal points write from a phone too
    page.goto(f"{plan_site}/{language}/focal-point/login/")
    page.fill("#id_username", "focal@example.gr")
    page.fill("#id_password", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.goto(f"{plan_site}/{language}/action-plans/write/")
    axe_check(page, f"new plan ({language})")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.fill("#id_title", "Local Action Plan for Roma Inclusion")
    page.fill("#id_first_year", "2025")
    page.fill("#id_last_year", "2028")
    page.fill("#id_adopted_by", "Municipal council")
    page.fill("#id_adopted_on", "2025-01-30")
    fill_measure(page, 0, "School mediators", "education")
    page.locator("button[name=save]").click()
    # The draft comes back with its measure and an empty one for the next.
    expect(page.locator("#id_measures-1-title")).to_have_count(1)
    assert page.locator("#id_measures-0-title").input_value() == "School mediators"
    axe_check(page, f"draft plan ({language})")
    fill_measure(page, 1, "Roma voices in consultations", "political-participation")
    page.locator("button[name=submit]").click()
    expect(page).to_have_url(f"{plan_site}/{language}/focal-point/")
    plan = ActionPlan.objects.get()
    assert plan.status == "submitted" and plan.measures.count() == 2

    secretariat = browser.new_context().new_page()
    secretariat.goto(f"{plan_site}/admin/login/")
    secretariat.fill("#id_username", "moderator")
    secretariat.fill("#id_password", "correct horse battery staple")
    secretariat.locator("form button[type=submit]").first.click()
    secretariat.wait_for_url(f"{plan_site}/admin/")
    secretariat.goto(f"{plan_site}/admin/actionplans/plan/review/{plan.pk}/")
    secretariat.check("input[value=changes]")
    secretariat.fill("#id_message", "Please give the funding source of each measure.")
    secretariat.locator("main form button[type=submit]").click()
    secretariat.wait_for_url(f"{plan_site}/admin/actionplans/plan/")

    page.reload()
    expect(page.get_by_text("Please give the funding source of each measure.")).to_have_count(1)
    page.goto(f"{plan_site}/{language}/action-plans/write/{plan.pk}/")
    page.fill("#id_measures-0-funding_source", "Municipal budget")
    page.fill("#id_measures-1-funding_source", "ESF+")
    page.locator("button[name=submit]").click()
    expect(page).to_have_url(f"{plan_site}/{language}/focal-point/")

    secretariat.goto(f"{plan_site}/admin/actionplans/plan/review/{plan.pk}/")
    secretariat.check("input[value=accept]")
    secretariat.locator("main form button[type=submit]").click()
    secretariat.wait_for_url(f"{plan_site}/admin/actionplans/plan/")

    # The published plan asks for a progress report; the focal point writes it from their area.
    page.goto(f"{plan_site}/{language}/focal-point/")
    page.locator(f"a[href$='/action-plans/write/{plan.pk}/report/']").click()
    axe_check(page, f"progress report form ({language})")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.fill("#id_results", "Forty more Roma children attend pre-school.")
    page.fill("#id_roma_participation", "Roma parents sat on the steering group.")
    for measure in plan.measures.all():
        page.select_option(f"#id_measure-{measure.pk}-status", "ongoing")
        page.fill(f"#id_measure-{measure.pk}-spent", "15000")
    page.fill("#id_indicators-0-name", "Roma children in pre-school")
    page.fill("#id_indicators-0-unit", "%")
    page.fill("#id_indicators-0-baseline", "21")
    page.fill("#id_indicators-0-baseline_year", "2024")
    page.fill("#id_indicators-0-value", "48")
    page.fill("#id_indicators-0-value_year", "2026")
    page.locator("button[name=submit]").click()
    expect(page).to_have_url(f"{plan_site}/{language}/focal-point/")
    report = plan.reports.get()
    assert report.status == "submitted" and report.indicators.count() == 1

    secretariat.goto(f"{plan_site}/admin/actionplans/report/review/{report.pk}/")
    secretariat.check("input[value=accept]")
    secretariat.locator("main form button[type=submit]").click()
    secretariat.wait_for_url(f"{plan_site}/admin/actionplans/report/")
    secretariat.context.close()

    public = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    public.goto(f"{plan_site}/{language}/participants/heraklion/")
    public.locator(f"a[href$='/action-plans/{plan.pk}/']").click()
    expect(public.locator("section.measure")).to_have_count(2)
    expect(public.locator("section.report")).to_have_count(1)
    assert public.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(public, f"published plan at phone width ({language})")
    # The Alliance-wide picture counts it.
    public.goto(f"{plan_site}/{language}/action-plans/")
    expect(public.locator(f"a[href$='/action-plans/{plan.pk}/']").first).to_be_visible()
    assert public.evaluate("document.documentElement.scrollWidth") <= 390
    axe_check(public, f"action plans dashboard at phone width ({language})")
    public.context.close()
