"""The news, an article, the events and the search in a real browser, in English and French,
each page checked with axe-core and photographed for a person to look at."""

import datetime

import pytest
import time_machine
from playwright.sync_api import expect
from wagtail.models import Locale

from alliance.events.models import Event, Organiser

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("index_at_once")]


@pytest.fixture
def content(publish_article):
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image as Canvas
    from wagtail.images.models import Image

    buffer = BytesIO()
    Canvas.new("RGB", (600, 300), "#003d7a").save(buffer, "PNG")
    image = Image.objects.create(title="Banner", file=ImageFile(buffer, name="banner.png"))
    publish_article(
        "Tivat, the first participant from Montenegro",
        "Tivat, premier participant du Monténégro",
        date=datetime.date(2015, 5, 6),
        tags=["accession"],
        image=image,
        image_alt="Gold circles on a blue background",
        image_credit="Alliance secretariat",
    )
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    for slug, title, title_fr, start, end in [
        (
            "kyiv-2017",
            "First meeting of the Ukrainian network",
            "Première réunion du réseau ukrainien",
            datetime.date(2017, 11, 16),
            datetime.date(2017, 11, 17),
        ),
        (
            "future-seminar",
            "Seminar on housing",
            "Séminaire sur le logement",
            datetime.date(2030, 6, 1),
            None,
        ),
    ]:
        event = Event.objects.create(
            locale=english,
            slug=slug,
            title=title,
            start_date=start,
            end_date=end,
            city="Kyiv",
            organiser=Organiser.NETWORK,
            organiser_name="Ukrainian Alliance",
        )
        translation = event.copy_for_translation(french)
        translation.title = title_fr
        translation.save()


def test_news_events_and_search_pages_in_both_languages(live_site, content, page, axe_check, screenshot):
    # One test for both languages: a second transactional test would start without Wagtail's root page.
    for language in ["en", "fr"]:
        _visit(live_site, page, axe_check, screenshot, language)


def _visit(live_site, page, axe_check, screenshot, language):
    with time_machine.travel(datetime.datetime(2026, 1, 10, 12, tzinfo=datetime.UTC), tick=True):
        page.goto(f"{live_site}/{language}/news/")
        expect(page.locator("h1")).to_have_count(1)
        date_text = "6 May 2015" if language == "en" else "6 mai 2015"
        expect(page.locator("time", has_text=date_text)).to_have_count(1)
        axe_check(page, f"news index ({language})")
        screenshot(page, f"news-index-{language}")

        page.locator(".news-list a").first.click()
        assert page.locator("h1").inner_text().startswith("Tivat")
        image = page.locator("img[alt='Gold circles on a blue background']")
        # Served by the site itself, as its Content-Security-Policy (img-src 'self') requires.
        # (The test server, like production without a media server, does not serve /media/.)
        assert image.get_attribute("src").startswith("/media/")
        axe_check(page, f"news article ({language})")
        screenshot(page, f"news-article-{language}")

        page.goto(f"{live_site}/{language}/events/")
        upcoming = page.locator("section[aria-labelledby=upcoming-heading]")
        past = page.locator("section[aria-labelledby=past-heading]")
        expect(upcoming.locator("h3")).to_have_count(1)
        expect(past.locator("time", has_text="16–17 ")).to_have_count(1)
        axe_check(page, f"events ({language})")
        screenshot(page, f"events-{language}")

        past.locator("h3 a").first.click()
        expect(page.locator("a[href$='kyiv-2017.ics']")).to_have_count(1)
        axe_check(page, f"event ({language})")

        page.goto(f"{live_site}/{language}/search/")
        page.fill("#search-q", "montenegro")
        page.locator("#main form[role=search] button").click()
        assert page.locator(".search-group a", has_text="Tivat").count() >= 1
        axe_check(page, f"search ({language})")
        screenshot(page, f"search-{language}")
