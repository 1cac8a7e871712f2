import datetime

import pytest

from alliance.authorities.models import Authority
from alliance.conftest import Quiet
from alliance.networks.models import NationalNetwork, NetworkMembership
from alliance.participants.profile_sections import directory_filters


@pytest.fixture
def networks(db):
    from alliance.networks import demo

    demo.load(Quiet())


def test_the_index_lists_the_three_networks(client, networks):
    html = client.get("/en/networks/").content.decode()
    for slug in ("ukraine", "greece", "albania"):
        assert f'href="/en/networks/{slug}/"' in html
    assert "founded in November 2017" in html


def test_the_ukrainian_network_lists_its_founding_members(client, networks):
    response = client.get("/en/networks/ukraine/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "November 2017" in html
    for name in (
        "Transcarpathia Regional State Administration",
        "Darnytskyi District State Administration",
        "Lviv",
    ):
        assert name in html
    assert html.count("regional state administration") == 4 * 2  # founding and current lists


def test_founding_members_are_in_the_registry_with_their_level_and_kind(networks):
    odesa = Authority.objects.get(name="Odesa Regional State Administration")
    assert (odesa.country.code, odesa.level, odesa.kind) == ("UA", "regional", "regional-administration")
    assert (
        Authority.objects.get(name="Pereiaslav-Khmelnytskyi District State Administration").kind
        == "district-administration"
    )
    assert Authority.objects.get(name="Uzhhorod").kind == "city"
    assert NetworkMembership.objects.founding().filter(network__slug="ukraine").count() == 9


def test_a_member_that_left_is_no_longer_current(client, networks):
    lviv = NetworkMembership.objects.get(authority__name="Lviv")
    lviv.left_on = datetime.date(2019, 1, 1)
    lviv.save()
    html = client.get("/en/networks/ukraine/").content.decode()
    assert html.count(">Lviv<") + html.count("Lviv (") == 1  # founding list only


def test_the_demo_is_idempotent(networks):
    from alliance.networks import demo

    demo.load(Quiet())
    assert NationalNetwork.objects.count() == 3
    assert Authority.objects.filter(name="Lviv").count() == 1


def test_networks_without_named_members_say_so_in_french(client, networks):
    html = client.get("/fr/networks/albania/").content.decode()
    assert "Réseau national albanais" in html
    assert "Création officielle prévue en 2019" in html
    assert "Aucun membre" in html


def test_an_unknown_network_is_not_found(client, networks):
    assert client.get("/en/networks/atlantis/").status_code == 404


def test_the_directory_can_filter_by_network(networks):
    network_filter = next(f for f in directory_filters() if f["name"] == "network")
    assert ("ukraine", "Ukrainian Alliance of Cities and Regions for Roma Inclusion") in network_filter[
        "choices"
    ]()
    found = network_filter["apply"](Authority.objects.all(), "ukraine")
    assert found.count() == 9
