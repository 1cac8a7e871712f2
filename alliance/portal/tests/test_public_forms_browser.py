"""Forms that guide, in Chromium: after a failed submission the focus is on the error summary,
which links each error to its field; the Declaration's form answers like the join form; a file is
said to be lost only when one was chosen; the language switch keeps what was typed, without any
script of the site's; axe-core finds nothing, at a phone's width and a desktop's, in both
languages."""

import pytest

from alliance.applications.tests.conftest import TINY_PDF

pytestmark = pytest.mark.e2e

WIDTHS = (390, 1280)
SUBMIT = {
    "join/": {"en": "Send the application", "fr": "Envoyer la candidature"},
    "declaration/sign/": {"en": "Sign", "fr": "Signer"},
}


@pytest.fixture
def forms_site(live_site, countries, settings, tmp_path):
    settings.FORM_MIN_SECONDS = 0
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return live_site


def focused_id(page):
    return page.evaluate("document.activeElement && document.activeElement.id")


@pytest.mark.parametrize("path", ["declaration/sign/", "join/"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_failed_form_puts_the_focus_on_a_summary_that_links_each_error(
    forms_site, page, axe_check, screenshot, path, language
):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{forms_site}/{language}/{path}")
        axe_check(page, f"{path} ({language}, {width} px)")
        page.fill("#id_email", "not an address")
        page.get_by_role("button", name=SUBMIT[path][language], exact=True).click()
        page.wait_for_load_state()
        assert focused_id(page) == "error-summary"
        summary = page.locator("#error-summary")
        links = summary.locator("a")
        assert links.count() == page.locator(".field .errorlist li").count() >= 2
        assert (
            "could not be kept" not in summary.inner_text()
            and "n’a pas pu être conservé" not in summary.inner_text()
        )
        assert page.input_value("#id_email") == "not an address"
        axe_check(page, f"{path} with errors ({language}, {width} px)")
        screenshot(page, f"forms-{path.strip('/').replace('/', '-')}-errors-{language}-{width}")
        # Each link leads to its field, which names its error for assistive technology.
        links.last.click()
        target = focused_id(page) or ""
        described = page.get_attribute(f"#{target}", "aria-describedby") or ""
        assert (
            f"{target.removesuffix('_0')}_error" in described.split()
            or page.locator(f"fieldset:has(#{target})[aria-describedby*='_error']").count()
        )


def test_the_join_summary_says_the_file_was_not_kept_only_when_one_was_chosen(forms_site, page, axe_check):
    page.goto(f"{forms_site}/en/join/")
    page.fill("#id_authority_name", "Budva")
    page.set_input_files(
        "#id_letter", files=[{"name": "decision.pdf", "mimeType": "application/pdf", "buffer": TINY_PDF}]
    )
    page.get_by_role("button", name="Send the application").click()
    page.wait_for_load_state()
    assert focused_id(page) == "error-summary"
    assert "could not be kept" in page.locator("#error-summary").inner_text()
    assert page.locator(".field--file .reselect").is_visible()
    axe_check(page, "join form, file to choose again")


@pytest.mark.parametrize(
    ("path", "field", "typed"),
    [
        ("join/", "#id_authority_name", "Budva"),
        ("declaration/sign/", "#id_signer_name", "Ana Example"),
    ],
)
def test_switching_language_mid_form_keeps_what_was_typed(
    forms_site, browser, axe_check, screenshot, path, field, typed
):
    # With the site's scripts off too: the switch is a plain form button.
    context = browser.new_context(viewport={"width": 390, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{forms_site}/en/{path}")
        page.fill(field, typed)
        page.fill("#id_email", "someone@example.org")
        page.locator("button.languages__switch[value='fr']").click()
        page.wait_for_url(f"{forms_site}/fr/{path}")
        assert page.get_attribute("html", "lang") == "fr"
        assert page.input_value(field) == typed
        assert page.input_value("#id_email") == "someone@example.org"
        assert page.locator("#error-summary").count() == 0
        screenshot(page, f"forms-{path.strip('/').replace('/', '-')}-switched-fr-390")
    finally:
        context.close()
