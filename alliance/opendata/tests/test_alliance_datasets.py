"""More of the Alliance as data: the national networks and their members, the Dosta! prize's
editions and winners, and the programmes' figures by country and phase, published like every
other list (files beside their page, the data package, the catalogue, the API, the open-data
page), with authorities only and never a person."""

import datetime
import json

import pytest
import time_machine

from alliance.authorities.countries import ensure_countries
from alliance.authorities.models import Authority, Country
from alliance.networks.models import NationalNetwork, NetworkMembership
from alliance.participants.models import Participation
from alliance.prizes.models import PrizeEdition, PrizeWinner
from alliance.programmes.models import Phase, Programme, ProgrammeParticipation, ReportedTotal

pytestmark = pytest.mark.django_db

NEW = ("national-networks", "network-members", "prize-editions", "prize-winners", "programme-figures")


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(datetime.datetime(2026, 12, 8, 10, tzinfo=datetime.UTC), tick=False):
        yield


@pytest.fixture
def towns(db):
    ensure_countries()
    ukraine, romania = Country.objects.get(code="UA"), Country.objects.get(code="RO")

    def town(name, country, participant=False):
        authority = Authority.objects.create(name=name, slug=name.lower(), country=country, level="local")
        if participant:
            Participation.objects.create(
                authority=authority,
                accession_number=Participation.objects.count() + 1,
                joined_on=datetime.date(2014, 1, 1),
            )
        return authority

    return {
        "kyiv": town("Kyiv", ukraine, participant=True),
        "lviv": town("Lviv", ukraine),
        "odesa": town("Odesa", ukraine),
        "cluj": town("Cluj", romania, participant=True),
        "arad": town("Arad", romania),
        "ukraine": ukraine,
        "romania": romania,
    }


def _records(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    return json.loads(response.getvalue())["records"]


def test_networks_count_their_members_today_and_keep_every_membership(client, towns):
    network = NationalNetwork.objects.create(
        slug="ukraine", name_en="Ukrainian network", name_fr="Réseau ukrainien", country=towns["ukraine"]
    )
    NetworkMembership.objects.create(
        network=network, authority=towns["kyiv"], founding_member=True, joined_on=datetime.date(2017, 11, 16)
    )
    NetworkMembership.objects.create(
        network=network,
        authority=towns["lviv"],
        founding_member=True,
        joined_on=datetime.date(2017, 11, 16),
        left_on=datetime.date(2020, 1, 1),
    )
    NetworkMembership.objects.create(
        network=network, authority=towns["odesa"], joined_on=datetime.date(2027, 1, 1)
    )
    [row] = _records(client, "/en/networks/export.json")
    assert (row["slug"], row["country_code"], row["members"], row["founding_members"]) == (
        "ukraine",
        "UA",
        1,
        2,
    )
    members = _records(client, "/en/networks/members/export.json")
    assert [(m["authority"], m["authority_slug"], m["left_on"]) for m in members] == [
        ("Kyiv", "kyiv", None),  # a participant: its profile's identifier
        ("Lviv", "", "2020-01-01"),  # no profile: no identifier
        ("Odesa", "", None),
    ]


def test_the_prize_lists_editions_latest_first_and_winners_by_rank(client, towns):
    older = PrizeEdition.objects.create(year=2015, awarded_on=datetime.date(2015, 10, 21))
    newer = PrizeEdition.objects.create(year=2017)
    PrizeWinner.objects.create(edition=older, authority=towns["arad"], rank=2, citation_en="Schools")
    PrizeWinner.objects.create(edition=older, authority=towns["cluj"], rank=1, citation_fr="Logement")
    PrizeWinner.objects.create(edition=newer, authority=towns["kyiv"])
    editions = _records(client, "/en/dosta-prize/editions/export.json")
    assert [(e["year"], e["awarded_on"], e["winners"]) for e in editions] == [
        (2017, None, 1),
        (2015, "2015-10-21", 2),
    ]
    winners = _records(client, "/en/dosta-prize/export.json")
    assert [(w["year"], w["authority"], w["authority_slug"], w["rank"]) for w in winners] == [
        (2017, "Kyiv", "kyiv", None),
        (2015, "Cluj", "cluj", 1),
        (2015, "Arad", "", 2),
    ]


def test_programme_figures_by_phase_and_country_keep_named_and_reported_apart(client, towns):
    romact = Programme.objects.create(slug="romact", name_en="ROMACT", name_fr="ROMACT")
    first = Phase.objects.create(
        programme=romact, name_en="First", name_fr="Première", starts_on=datetime.date(2013, 10, 1)
    )
    second = Phase.objects.create(
        programme=romact, name_en="Second", name_fr="Deuxième", starts_on=datetime.date(2016, 1, 1)
    )
    for authority, phase, stopped in (
        (towns["cluj"], first, None),
        (towns["arad"], first, datetime.date(2015, 1, 1)),
    ):
        ProgrammeParticipation.objects.create(
            programme=romact, phase=phase, authority=authority, joined_on=phase.starts_on, stopped_on=stopped
        )
    ProgrammeParticipation.objects.create(
        programme=romact, phase=second, authority=towns["kyiv"], joined_on=datetime.date(2016, 2, 1)
    )
    for end, count in ((datetime.date(2015, 12, 31), 40), (datetime.date(2018, 9, 30), 59)):
        ReportedTotal.objects.create(
            programme=romact,
            phase=first,
            country=towns["romania"],
            period_start=datetime.date(2013, 10, 1),
            period_end=end,
            municipalities=count,
            source_en="Secretariat",
        )
    ReportedTotal.objects.create(
        programme=romact,
        period_start=datetime.date(2013, 10, 1),
        period_end=datetime.date(2018, 9, 30),
        municipalities=120,
    )
    rows = _records(client, "/en/programmes/figures/export.json")
    assert [
        (
            r["phase_en"],
            r["country_code"],
            r["named_municipalities"],
            r["stopped"],
            r["reported_municipalities"],
        )
        for r in rows
    ] == [
        ("First", "RO", 2, 1, 59),  # the latest report wins
        ("Second", "UA", 1, 0, None),
        ("", "", 0, 0, 120),  # a total over every country and phase
    ]
    assert rows[0]["reported_to"] == "2018-09-30" and rows[0]["source_en"] == "Secretariat"


def test_the_new_datasets_are_published_everywhere_the_others_are(client, site_shell, db):
    package = client.get("/api/v1/datapackage.json").json()
    assert set(NEW) <= {resource["name"] for resource in package["resources"]}
    catalogue = client.get("/api/v1/catalog.jsonld").json()
    assert set(NEW) <= {dataset["dct:identifier"] for dataset in catalogue["dcat:dataset"]}
    paths = {endpoint["path"] for endpoint in client.get("/api/v1/").json()["endpoints"]}
    assert {
        "/api/v1/networks",
        "/api/v1/networks/members",
        "/api/v1/prize/editions",
        "/api/v1/prize/winners",
        "/api/v1/programmes/figures",
    } <= paths
    page = client.get("/fr/open-data/").content.decode()
    for name in NEW:
        assert f'id="dataset-{name}"' in page
    assert "Membres des réseaux nationaux" in page and "/fr/networks/members/export.xlsx" in page
