"""Countries the registry knows, with their names in English and French.

The Council of Europe's 46 member states, and a few other European states that appear in the
Alliance's history. Names come from django-countries, which carries the ISO names and their
French translations.
"""

from django.utils import translation
from django_countries import countries as iso_countries

COE_MEMBER_STATES = (
    "AL AD AM AT AZ BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT LV LI LT LU MT MD MC ME "
    "NL MK NO PL PT RO SM RS SK SI ES SE CH TR UA GB"
).split()
OTHER_STATES = ["BY", "RU", "XK"]


def country_names(code):
    """The (English, French) names of an ISO 3166-1 code."""
    names = []
    for language in ("en", "fr"):
        with translation.override(language):
            names.append(str(dict(iso_countries)[code]) if code in dict(iso_countries) else code)
    return tuple(names)


def ensure_countries():
    from .models import Country

    created = 0
    for code in COE_MEMBER_STATES + OTHER_STATES:
        if code == "XK":
            name_en, name_fr = "Kosovo*", "Kosovo*"
        else:
            name_en, name_fr = country_names(code)
        _, was_created = Country.objects.update_or_create(
            code=code,
            defaults={"name_en": name_en, "name_fr": name_fr, "coe_member": code in COE_MEMBER_STATES},
        )
        created += was_created
    return created
