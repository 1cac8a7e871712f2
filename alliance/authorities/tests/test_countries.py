import pytest

from alliance.authorities.models import Country


def test_every_member_state_has_an_english_and_a_french_name(countries):
    assert Country.objects.filter(coe_member=True).count() == 46
    france = Country.objects.get(code="FR")
    assert (france.name_en, france.name_fr) == ("France", "France")
    assert Country.objects.get(code="DE").name_fr == "Allemagne"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("FR", "FR"),
        ("fr", "FR"),
        ("FRA", "FR"),
        ("Allemagne", "DE"),
        ("germany", "DE"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("turquie", "TR"),
        ("Kosovo", "XK"),
        ("Macédoine du Nord", "MK"),
        ("  Pays-Bas ", "NL"),
    ],
)
def test_lookup_knows_codes_and_names_in_both_languages(countries, text, code):
    assert Country.objects.lookup(text).code == code


@pytest.mark.parametrize("text", ["", "Atlantis", "ZZ", "Europe"])
def test_lookup_returns_none_for_an_unknown_country(countries, text):
    assert Country.objects.lookup(text) is None
