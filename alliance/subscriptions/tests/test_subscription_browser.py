"""A visitor on a phone follows the news by email, in English and in French: subscribe from the
footer, confirm from the emailed link, receive the next news item, leave in one click, receive
nothing more. axe-core on every page."""

import pytest
from django.utils import timezone

from alliance.core.models import OutboundEmail

from .conftest import link_in, path_of

pytestmark = pytest.mark.e2e

WORDS = {
    "en": {"footer": "News and events by email", "subscribe": "Subscribe", "confirm": "Confirm"},
    "fr": {
        "footer": "Actualités et événements par courriel",
        "subscribe": "S’abonner",
        "confirm": "Confirmer",
    },
}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    problems = []
    tab.on("pageerror", lambda error: problems.append(str(error)))
    yield tab
    context.close()
    assert problems == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_visitor_subscribes_confirms_receives_and_leaves(
    language,
    django_db_serialized_rollback,
    live_site,
    publish_article,
    settings,
    phone,
    axe_check,
    screenshot,
):
    settings.SITE_URL = live_site
    settings.FORM_MIN_SECONDS = 0  # the proof of work is tested in core
    words, address = WORDS[language], f"phone-{language}@example.org"

    phone.goto(f"{live_site}/{language}/")
    phone.get_by_role("link", name=words["footer"]).click()
    phone.wait_for_url(f"**/{language}/subscribe/")
    axe_check(phone, f"subscribe ({language})")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.fill("#id_email", address)
    phone.check("#id_consent")
    screenshot(phone, f"subscribe-{language}-390")
    phone.get_by_role("button", name=words["subscribe"], exact=True).click()
    phone.wait_for_url(f"**/{language}/subscribe/sent/")
    axe_check(phone, f"subscribe sent ({language})")

    [confirmation] = OutboundEmail.objects.filter(to=address)
    phone.goto(live_site + path_of(link_in(confirmation, "confirm")))
    phone.get_by_role("button", name=words["confirm"]).click()
    phone.wait_for_url(f"**/{language}/subscribe/preferences/**")
    axe_check(phone, f"preferences ({language})")
    screenshot(phone, f"subscription-preferences-{language}-390")

    publish_article(
        "Volos signs the Declaration", title_fr="Volos signe la Déclaration", date=timezone.localdate()
    )
    [item] = OutboundEmail.objects.filter(to=address, template="subscriptions/emails/item")
    assert ("Volos signe" if language == "fr" else "Volos signs") in item.subject

    leave = item.headers["List-Unsubscribe"].split(">")[0].lstrip("<")
    answer = phone.request.post(leave, form={"List-Unsubscribe": "One-Click"})
    assert answer.status == 200

    publish_article("Torrent joins", title_fr="Torrent rejoint l'Alliance", date=timezone.localdate())
    assert OutboundEmail.objects.filter(to=address).count() == 2
