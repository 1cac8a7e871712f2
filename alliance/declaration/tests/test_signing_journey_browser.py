"""The whole journey in a real browser: sign, confirm by email, verified by a moderator, listed."""

import re

import pytest

from alliance.core.models import OutboundEmail
from alliance.declaration.models import Signature

WORDS = {
    "en": {
        "sign": "Sign the Declaration",
        "submit": "Sign",
        "check": "Check your email",
        "confirm": "Confirm my signature",
        "count": "signatory",
    },
    "fr": {
        "sign": "Signer la Déclaration",
        "submit": "Signer",
        "check": "Consultez votre messagerie",
        "confirm": "Confirmer ma signature",
        "count": "signataire",
    },
}


@pytest.mark.e2e
def test_sign_confirm_verify_and_appear_in_the_list(live_site, page, axe_check, countries, lviv, moderator):
    # Both languages in one test: the live site is set up once.
    journey(live_site, page, axe_check, countries, lviv, "en", expected_before="0")
    journey(live_site, page, axe_check, countries, lviv, "fr", expected_before="1")


def journey(live_site, page, axe_check, countries, lviv, lang, expected_before):
    words = WORDS[lang]
    page.goto(f"{live_site}/{lang}/declaration/")
    axe_check(page, f"declaration index {lang}")
    before = page.locator(".declaration-counter strong").first.inner_text()
    assert before == expected_before
    after = str(int(expected_before) + 1)

    page.get_by_role("link", name=words["sign"]).first.click()
    page.wait_for_url(f"**/{lang}/declaration/sign/")
    axe_check(page, f"sign form {lang}")
    signer = "Andriy Sadovyi" if lang == "en" else "Ivanna Koval"
    page.fill("#id_signer_name", signer)
    page.fill("#id_office", "Mayor" if lang == "en" else "Maire")
    page.fill("#id_authority_name", "lviv")
    page.select_option("#id_country", str(countries["UA"].pk))
    page.check("#id_capacity_1")
    page.check("#id_level_0")
    page.fill("#id_email", f"mayor-{lang}@lviv.example.org")
    page.check("#id_show_name")
    page.check("#id_elected")
    page.wait_for_timeout(2500)  # the form's minimum time, in case the proof of work is slower
    page.get_by_role("button", name=words["submit"], exact=True).click()
    page.wait_for_url(f"**/{lang}/declaration/sign/thanks/")
    assert words["check"] in page.inner_text("h1")
    axe_check(page, f"thanks {lang}")

    email = OutboundEmail.objects.get(to=f"mayor-{lang}@lviv.example.org")
    link = re.search(r"https?://\S+/declaration/confirm/\S+/", email.body_text).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    page.goto(f"{live_site}{path}")
    axe_check(page, f"confirm {lang}")
    with page.expect_navigation():  # axe must run on the answer, not on the page being left
        page.get_by_role("button", name=words["confirm"]).click()
    axe_check(page, f"confirmed {lang}")

    signature = Signature.objects.get(email=f"mayor-{lang}@lviv.example.org")
    assert signature.status == "confirmed"
    assert signature.authority == lviv

    page.goto(f"{live_site}/admin/login/")
    if page.locator("#id_username").count():  # the second journey finds the moderator logged in
        page.fill("#id_username", "moderator")
        page.fill("#id_password", "correct horse battery staple")
        page.locator("form button[type=submit]").first.click()
        page.wait_for_url(f"{live_site}/admin/")
    page.goto(f"{live_site}/admin/declaration/review/{signature.pk}/")
    page.locator("form:has(input[value=verify]) button").click()
    page.wait_for_load_state()
    signature.refresh_from_db()
    assert signature.status == "verified"

    page.goto(f"{live_site}/{lang}/declaration/signatories/")
    axe_check(page, f"signatories {lang}")
    assert signer in page.inner_text("table")
    assert page.locator("p.standfirst strong").first.inner_text() == after
    assert words["count"] in page.inner_text("p.standfirst")
    page.goto(f"{live_site}/{lang}/declaration/")
    assert page.locator(".declaration-counter strong").first.inner_text() == after
