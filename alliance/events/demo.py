"""Demo events in English and French, linked to their network or programme when those exist."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale

from alliance.authorities.models import Country

from .demo_data import EVENTS
from .models import Event


def load(command):
    english, _ = Locale.objects.get_or_create(language_code="en")
    french, _ = Locale.objects.get_or_create(language_code="fr")
    created = 0
    for row in EVENTS:
        existing = Event.objects.filter(locale=english, slug=row["slug"]).first()
        if existing:
            _french_organiser(existing, french, row)
            continue
        title, summary = row["en"]
        event = Event.objects.create(
            locale=english,
            slug=row["slug"],
            title=title,
            summary=summary,
            start_date=row["start"],
            end_date=row.get("end"),
            place=row.get("place", ""),
            city=row["city"],
            country=Country.objects.filter(code=row["country"]).first(),
            organiser=row["organiser"],
            organiser_name=row.get("organiser_name", ""),
            organiser_network=_network(row.get("network")),
            programme=_programme(row.get("programme")),
        )
        translation = event.copy_for_translation(french)
        translation.title, translation.summary = row["fr"]
        translation.place = row.get("place_fr", event.place)
        translation.city = row.get("city_fr", event.city)
        translation.organiser_name = row.get("organiser_name_fr", event.organiser_name)
        translation.save()
        created += 1
    _editors_may_manage_events()
    return f"{created} events created in English and French, {Event.objects.filter(locale=english).count()} in all"


def _french_organiser(event, french, row):
    """An organiser named in English on a French page, from an earlier demo, is put in French."""
    translation = event.get_translation_or_none(french)
    if translation and "organiser_name_fr" in row and translation.organiser_name != row["organiser_name_fr"]:
        translation.organiser_name = row["organiser_name_fr"]
        translation.save(update_fields=["organiser_name"])


def _network(country_code):
    if not country_code:
        return None
    from alliance.networks.models import NationalNetwork

    return NationalNetwork.objects.filter(country__code=country_code).first()


def _programme(slug):
    if not slug:
        return None
    from alliance.programmes.models import Programme

    return Programme.objects.filter(slug=slug).first()


def _editors_may_manage_events():
    editors, _ = Group.objects.get_or_create(name="Editors")
    codenames = ["add_event", "change_event", "delete_event"]
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=codenames)
    )
