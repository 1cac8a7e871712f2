import datetime

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from alliance.authorities.models import Authority
from alliance.conftest import Quiet
from alliance.participants.models import Participation
from alliance.participants.profile_sections import sections_for
from alliance.prizes.models import PrizeWinner


@pytest.fixture
def prize(db):
    from alliance.prizes import demo

    demo.load(Quiet())


@pytest.fixture
def ghent(prize):
    authority = Authority.objects.get(name="Ghent")
    Participation.objects.create(
        authority=authority, accession_number=400, joined_on=datetime.date(2014, 1, 1)
    )
    return authority


def test_the_page_lists_each_edition_with_its_winners(client, prize):
    response = client.get("/en/dosta-prize/")
    assert response.status_code == 200
    html = response.content.decode()
    for year in ("2013", "2015", "2017"):
        assert f'id="edition-{year}"' in html
    for name in ("Obrnice", "Kocaeli", "Ghent", "Reggio nell&#x27;Emilia", "Şişli", "Volos", "Gliwice"):
        assert name in html
    assert "Awarded on 21 October 2015." in html


def test_ranks_of_2015_are_known(prize):
    ranks = {w.authority.name: w.rank for w in PrizeWinner.objects.filter(edition__year=2015)}
    assert ranks == {"Ghent": 1, "Kragujevac": 2, "Reggio nell'Emilia": 2, "Madrid": 3}
    assert PrizeWinner.objects.get(authority__name="Volos").rank is None


def test_winners_are_registry_authorities_with_their_country(prize):
    assert Authority.objects.get(name="Şişli").country.code == "TR"
    assert Authority.objects.get(name="Obrnice").country.code == "CZ"


def test_an_authority_already_in_the_registry_is_reused(db):
    from alliance.authorities.countries import ensure_countries
    from alliance.authorities.models import Country
    from alliance.prizes import demo

    ensure_countries()
    heraklion = Authority.objects.create(
        name="Heraklion", local_name="Ηράκλειο", country=Country.objects.get(code="GR")
    )
    Authority.objects.create(name="KRAGUJEVAC", country=Country.objects.get(code="RS"))
    demo.load(Quiet())
    demo.load(Quiet())
    assert Authority.objects.filter(name_folded__startswith="heraklion").count() == 1
    assert Authority.objects.filter(name_folded__startswith="kragujevac").count() == 1
    assert PrizeWinner.objects.get(edition__year=2013, authority=heraklion)
    assert PrizeWinner.objects.count() == 10


def test_the_prize_is_a_section_of_the_winners_profile(ghent):
    request = RequestFactory().get("/en/participants/ghent/")
    section = next(s for s in sections_for(ghent, request) if s["template"] == "prizes/profile_section.html")
    html = render_to_string(section["template"], section["context"])
    assert "First prize, 2015" in html
    assert 'href="/en/dosta-prize/#edition-2015"' in html


def test_the_profile_page_shows_the_prize(client, ghent):
    html = client.get(f"/en/participants/{ghent.slug}/").content.decode()
    assert "Dosta! Congress prize" in html
    assert "First prize, 2015" in html


def test_the_page_is_in_french(client, prize):
    html = client.get("/fr/dosta-prize/").content.decode()
    assert "Prix Dosta!" in html
    assert "Premier prix" in html
