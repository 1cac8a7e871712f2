"""In a real browser: the proof of work is found by the vendored script, and the pages pass axe."""

import pytest

from alliance.core.protection import proof_is_valid

pytestmark = pytest.mark.e2e


@pytest.fixture
def sample_site(wagtail_root, settings, sample_templates, live_site):
    settings.ROOT_URLCONF = "alliance.core.tests.urls"
    settings.PROOF_OF_WORK_BITS = 10
    settings.FORM_MIN_SECONDS = 600  # Only a valid proof of work can let the form through.
    return live_site


def test_the_script_finds_a_proof_of_work_the_server_accepts(sample_site, page, settings):
    # `page` enforces the site's Content Security Policy: the vendored script must run under it.
    page.goto(f"{sample_site}/core-tests/form/")
    # The honeypot takes no room on screen and is never reached with the Tab key.
    box = page.locator("#id_website_confirm").locator("..").bounding_box()
    assert box is None or (box["width"] <= 1 and box["height"] <= 1)
    page.keyboard.press("Tab")
    focused = []
    for _ in range(30):
        focused.append(page.evaluate("document.activeElement.id"))
        page.keyboard.press("Tab")
    assert "id_name" in focused and "id_website_confirm" not in focused
    answer = page.locator('input[data-proof-of-work="answer"]')
    page.wait_for_function(
        "() => document.querySelector('input[data-proof-of-work=\"answer\"]').value !== ''", timeout=20000
    )
    token = page.locator('input[name="form_token"]').input_value()
    assert proof_is_valid(token, answer.input_value(), settings.PROOF_OF_WORK_BITS)

    page.fill("#id_name", "Ana Dragan")
    page.get_by_role("button", name="Send").click()
    assert page.locator("#sent").inner_text() == "Thank you"


def test_without_javascript_the_minimum_time_applies(sample_site, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{sample_site}/core-tests/form/")
    tab.fill("#id_name", "Ana Dragan")
    tab.get_by_role("button", name="Send").click()
    tab.wait_for_load_state()
    assert "sent too quickly" in tab.locator(".error-summary").inner_text(timeout=10000), tab.content()[:3000]
    assert tab.locator("#id_name").input_value() == "Ana Dragan"
    context.close()


def test_the_protected_form_and_the_link_problem_pages_pass_axe(sample_site, page, axe_check):
    page.goto(f"{sample_site}/core-tests/form/")
    axe_check(page, "sample protected form")
    page.fill("#id_name", "Ana Dragan")
    page.get_by_role("button", name="Send").click()  # Too fast: the page comes back with an error.
    axe_check(page, "sample protected form with an error")
    for problem in ("expired", "used", "invalid"):
        page.goto(f"{sample_site}/core-tests/link/{problem}/")
        axe_check(page, f"link problem: {problem}")
