import datetime

import pytest

# Playwright keeps an event loop running in this thread; the database calls around these tests
# are synchronous, so Django is told they are safe.

PASSWORD = "a long and unusual pass phrase 47"


@pytest.fixture
def focal_site(wagtail_root, live_site, django_user_model):
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


@pytest.mark.e2e
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_focal_point_signs_in_and_proposes_a_practice(focal_site, page, axe_check, language):
    from alliance.practices.models import GoodPractice

    page.goto(f"{focal_site}/{language}/focal-point/")
    assert "/focal-point/login/" in page.url
    axe_check(page, f"focal point login ({language})")
    page.fill("#id_username", "focal@example.gr")
    page.fill("#id_password", PASSWORD)
    page.locator("main button[type=submit]").click()
    assert page.url.endswith(f"/{language}/focal-point/")
    axe_check(page, f"focal point area ({language})")
    page.goto(f"{focal_site}/{language}/focal-point/profile/")
    axe_check(page, f"profile form ({language})")
    page.goto(f"{focal_site}/{language}/practices/propose/")
    page.fill("#id_title_en", "Homework club")
    page.locator("button[name=submit]").click()
    # Without a summary the form comes back with the title kept and the error shown.
    assert page.locator("#id_title_en").input_value() == "Homework club"
    axe_check(page, f"proposal form with errors ({language})")
    page.fill("#id_summary_en", "Volunteers help pupils after school.")
    page.select_option("#id_theme", "education")
    page.locator("button[name=submit]").click()
    assert page.url.endswith(f"/{language}/focal-point/")
    assert GoodPractice.objects.get().status == "submitted"
    axe_check(page, f"focal point area with a practice ({language})")
