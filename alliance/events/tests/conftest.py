import datetime

import pytest
from wagtail.models import Locale

from alliance.authorities.models import Country
from alliance.events.models import Event, Organiser


@pytest.fixture
def make_event(site_shell):
    """make_event(title, start, end=None, french_title=None, **fields) -> English event (and its French copy)."""

    def make(title, start, end=None, french_title=None, **fields):
        from django.utils.text import slugify

        fields.setdefault("city", "Kyiv")
        fields.setdefault(
            "country",
            Country.objects.get_or_create(code="UA", defaults={"name_en": "Ukraine", "name_fr": "Ukraine"})[
                0
            ],
        )
        fields.setdefault("organiser", Organiser.ALLIANCE)
        event = Event.objects.create(
            title=title,
            slug=fields.pop("slug", slugify(title)),
            start_date=start,
            end_date=end,
            locale=Locale.objects.get(language_code="en"),
            **fields,
        )
        if french_title:
            french = event.copy_for_translation(Locale.objects.get(language_code="fr"))
            french.title = french_title
            french.save()
        return event

    return make


D = datetime.date
