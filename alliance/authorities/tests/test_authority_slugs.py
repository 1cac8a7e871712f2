"""Every authority gets a readable slug from its name, whatever the script, and never one of the
addresses the participants' pages already use."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import resolve

from alliance.authorities.models import RESERVED_SLUGS, Authority, Country

pytestmark = pytest.mark.django_db


def make(name, code):
    return Authority.objects.create(name=name, country=Country.objects.get(code=code))


def test_an_authority_named_in_cyrillic_gets_its_name_in_latin_letters(countries):
    assert make("Дарницька районна", "UA").slug == "darnytska-raionna"


def test_an_authority_named_in_azerbaijani_keeps_its_letters(countries):
    assert make("Gəncə", "AZ").slug == "gence"


def test_a_second_authority_of_the_same_name_gets_its_country_then_a_number(countries):
    assert make("Gəncə", "AZ").slug == "gence"
    assert make("Gence", "AZ").slug == "gence-az"
    assert make("GƏNCƏ", "AZ").slug == "gence-az-2"


@pytest.mark.parametrize("name", ["Map", "History", "Export", "Feed"])
def test_an_authority_is_never_given_a_reserved_address(countries, name):
    authority = make(name, "FR")
    assert authority.slug not in RESERVED_SLUGS
    assert authority.slug == f"{name.lower()}-fr"
    assert resolve(f"/en/participants/{authority.slug}/").url_name == "profile"


def test_a_reserved_slug_typed_in_the_back_office_is_refused(countries):
    authority = make("Lyon", "FR")
    authority.slug = "map"
    with pytest.raises(ValidationError) as refused:
        authority.full_clean()
    assert "slug" in refused.value.message_dict
