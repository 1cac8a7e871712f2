"""No page of the back office asks a third party for anything: the browser blocks and records every
request that leaves the site while a person signs in and goes through the secretariat's screens."""

from urllib.parse import urlsplit

import pytest

PASSWORD = "a long and unusual pass phrase 47"  # noqa: S105


@pytest.fixture
def back_office(live_site, countries, django_user_model):
    from alliance.applications.tests.factories import make_application
    from alliance.core.models import OutboundEmail

    django_user_model.objects.create_superuser("secretariat", "secretariat@example.org", PASSWORD)
    application = make_application(countries["ME"], phone="")
    email = OutboundEmail.objects.create(
        to="a@example.org", subject="Hello", body_text="Hi", language="en", status=OutboundEmail.Status.FAILED
    )
    return live_site, {"application": application.pk, "email": email.pk}


SCREENS = [
    "/admin/",
    "/admin/pages/",
    "/admin/account/",
    "/admin/2fa/",
    "/admin/users/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/snippets/",
    "/admin/reports/site-history/",
    "/admin/applications/join/?status=pending",
    "/admin/applications/join/inspect/{application}/",
    "/admin/declaration_signature/?status=confirmed",
    "/admin/practices/goodpractice/?status=submitted",
    "/admin/outgoing_emails/?status=failed",
    "/admin/outgoing_emails/inspect/{email}/",
    "/admin/authorities/",
]


@pytest.mark.e2e
def test_no_back_office_page_makes_a_request_to_a_third_party(back_office, page):
    site, ids = back_office
    own = urlsplit(site).netloc
    outside = []

    def guard(route):
        address = route.request.url
        if urlsplit(address).scheme in ("data", "blob") or urlsplit(address).netloc == own:
            route.continue_()
        else:
            outside.append(address)
            route.abort()

    page.context.route("**/*", guard)
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "secretariat")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site}/admin/")
    assert page.locator("#secretariat-desk-heading, #secretariat-desk").count() >= 1
    for screen in SCREENS:
        response = page.goto(site + screen.format(**ids))
        assert response.status == 200, screen
        page.wait_for_load_state("networkidle")
        avatars = page.locator("img.avatar, .avatar img").evaluate_all("images => images.map(i => i.src)")
        assert all(urlsplit(src).netloc in ("", own) for src in avatars), (screen, avatars)
    assert outside == [], f"requests left the site: {sorted(set(outside))}"
