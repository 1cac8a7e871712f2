"""In a real browser: the proof of work is found by the vendored script, and the pages pass axe."""

import pytest

from alliance.core.protection import proof_is_valid

pytestmark = pytest.mark.e2e


@pytest.fixture
def sample_site(settings, sample_templates, live_site):
    settings.ROOT_URLCONF = "alliance.core.tests.urls"
    settings.PROOF_OF_WORK_BITS = 10
    settings.FORM_MIN_SECONDS = 600  # Only a valid proof of work can let the form through.
    return live_site


def test_the_script_finds_a_proof_of_work_the_server_accepts(sample_site, page, axe_check, settings):
    page.goto(f"{sample_site}/core-tests/form/")
    axe_check(page, "sample protected form")
    answer = page.locator('input[data-proof-of-work="answer"]')
    page.wait_for_function(
        "() => document.querySelector('input[data-proof-of-work=\"answer\"]').value !== ''", timeout=20000
    )
    token = page.locator('input[name="form_token"]').input_value()
    assert proof_is_valid(token, answer.input_value(), settings.PROOF_OF_WORK_BITS)

    page.fill("#id_name", "Ana Dragan")
    page.click("button[type=submit]")
    assert page.locator("#sent").inner_text() == "Thank you"


def test_without_javascript_the_minimum_time_applies(sample_site, browser, axe_check):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{sample_site}/core-tests/form/")
    tab.fill("#id_name", "Ana Dragan")
    tab.click("button[type=submit]")
    assert "sent too quickly" in tab.locator(".error-summary").inner_text()
    assert tab.locator("#id_name").input_value() == "Ana Dragan"
    context.close()


@pytest.mark.parametrize("problem", ["expired", "used", "invalid"])
def test_the_link_problem_pages_pass_axe(sample_site, page, axe_check, problem):
    page.goto(f"{sample_site}/core-tests/link/{problem}/")
    axe_check(page, f"link problem: {problem}")
