import datetime

import pytest

from alliance.participants import profile_sections

D = datetime.date


def test_the_profile_shows_the_facts(client, make_participant):
    make_participant(
        "Tivat",
        "ME",
        joined_on=D(2015, 5, 6),
        accession=127,
        population=14111,
        local_name="Тиват",
        latitude=42.435,
        longitude=18.6961,
        website="https://www.tivat.me",
    )
    response = client.get("/en/participants/tivat/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Tivat</h1>" in html
    assert "Тиват" in html
    assert "<dd>127</dd>" in html
    assert "6 May 2015" in html
    assert "14,111" in html
    assert "Montenegro" in html
    assert 'href="https://www.tivat.me"' in html
    assert "<svg" in html  # its place on a small map


def test_the_profile_speaks_french(client, make_participant):
    make_participant("Tivat", "ME", joined_on=D(2015, 5, 6))
    html = client.get("/fr/participants/tivat/").content.decode()
    assert "Monténégro" in html
    assert "6 mai 2015" in html


def test_a_participant_that_left_says_when(client, make_participant):
    make_participant("Gone", "NL", joined_on=D(2013, 4, 27), left_on=D(2019, 1, 1))
    html = client.get("/en/participants/gone/").content.decode()
    assert "left the Alliance on 1 January 2019" in html


def test_an_authority_that_never_took_part_has_no_profile(client, countries):
    from alliance.authorities.models import Authority, Country

    Authority.objects.create(name="Nowhere", country=Country.objects.get(code="FR"))
    assert client.get("/en/participants/nowhere/").status_code == 404
    assert client.get("/en/participants/no-such-place/").status_code == 404


def test_other_domains_add_sections_in_order(client, make_participant, monkeypatch):
    make_participant("Tivat", "ME")
    monkeypatch.setattr(profile_sections, "_sections", [])
    profile_sections.register(
        lambda authority, request: {
            "order": 20,
            "template": "participants/tests/section.html",
            "context": {"text": "second"},
        }
    )
    profile_sections.register(
        lambda authority, request: {
            "order": 10,
            "template": "participants/tests/section.html",
            "context": {"text": "first"},
        }
    )
    profile_sections.register(lambda authority, request: None)
    html = client.get("/en/participants/tivat/").content.decode()
    assert html.index("section first for Tivat") < html.index("section second for Tivat")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_map_page_has_dots_and_an_accessible_table(client, make_participant, language):
    make_participant("Tivat", "ME", latitude=42.435, longitude=18.6961)
    make_participant("Strasbourg", "FR", latitude=48.5734, longitude=7.7521)
    make_participant("Val-de-Marne", "FR")
    response = client.get(f"/{language}/participants/map/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/{language}/participants/tivat/"' in html.split("<svg")[1].split("</svg>")[0]
    assert "Natural Earth" in html
    table = html.split('<table class="map-table">')[1]
    assert '<td class="number">2</td>' in table  # France, with or without a place on the map
    assert f'<a href="/{language}/participants/val-de-marne/">Val-de-Marne</a>' in table
