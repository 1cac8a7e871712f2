"""The vendored Natural Earth boundaries: every member state is found, named and placed right."""

from alliance.authorities.countries import COE_MEMBER_STATES
from alliance.authorities.geography.layers import country_at
from alliance.authorities.geography.topology import alpha2, countries


def test_it_maps_numeric_codes_to_alpha2():
    assert alpha2("250", "France") == "FR"
    assert alpha2("8", "Albania") == "AL"


def test_it_maps_features_without_a_code_by_name():
    assert alpha2(None, "Kosovo") == "XK"
    assert alpha2(None, "N. Cyprus") == "CY"
    assert alpha2(None, "Siachen Glacier") is None


def test_every_member_state_has_an_outline():
    found = countries()
    missing = [code for code in COE_MEMBER_STATES if code not in found]
    assert missing == []
    assert len(COE_MEMBER_STATES) == 46
    assert "XK" in found


def test_overseas_territories_are_left_out():
    west, south, east, north = countries()["FR"].bbox
    assert west > -6 and south > 41 and east < 10 and north < 52


def test_places_fall_in_their_country():
    assert country_at(48.58, 7.75) == "FR"  # Strasbourg
    assert country_at(42.66, 21.16) == "XK"  # Pristina
    assert country_at(43.94, 12.45) == "SM"  # San Marino, a hole in Italy's outline
    assert country_at(47.14, 9.52) == "LI"  # Vaduz
    assert country_at(45.0, -20.0) is None  # the Atlantic


def test_crimea_is_drawn_as_part_of_ukraine():
    assert country_at(44.95, 34.1) == "UA"  # Simferopol
    assert country_at(44.6, 33.5) == "UA"  # Sevastopol


def test_cyprus_is_one_island_without_a_line_across_it():
    assert country_at(35.34, 33.32) == "CY"  # Kyrenia, in the north
    assert country_at(34.68, 33.04) == "CY"  # Limassol
    assert len(countries()["CY"].polygons) == 1
    assert len(countries()["CY"].polygons[0]) == 1
