"""Authority.objects.named: how imports, forms and reviews find a record by its name and country."""

import pytest

from alliance.authorities.models import Authority

pytestmark = pytest.mark.django_db


@pytest.fixture
def lviv(countries):
    return Authority.objects.create(name="Lviv", local_name="Львів", country=countries["UA"])


def test_the_official_name_is_found_whatever_the_case_and_accents(countries):
    sisli = Authority.objects.create(name="Şişli", country=countries["TR"])
    assert list(Authority.objects.named("sisli", countries["TR"])) == [sisli]
    assert list(Authority.objects.named(" ŞİŞLİ ", countries["TR"].pk)) == [sisli]


def test_the_local_name_is_found_too(lviv, countries):
    assert list(Authority.objects.named("Львів", countries["UA"])) == [lviv]


def test_only_the_whole_name_in_that_country_matches(lviv, countries):
    Authority.objects.create(name="Lviv Oblast", country=countries["UA"], level="regional")
    assert list(Authority.objects.named("Lviv", countries["UA"])) == [lviv]
    assert not Authority.objects.named("Lvi", countries["UA"]).exists()
    assert not Authority.objects.named("Lviv", countries["PL"]).exists()


def test_an_empty_name_or_no_country_finds_nothing(lviv, countries):
    assert not Authority.objects.named("", countries["UA"]).exists()
    assert not Authority.objects.named("Lviv", None).exists()
