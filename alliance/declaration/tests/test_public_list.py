import datetime
import json

import pytest

from alliance.declaration import counters
from alliance.declaration.models import Signature, Status


def _verified(
    countries,
    authority_name,
    code,
    signer="",
    show=True,
    day=datetime.date(2018, 7, 16),
    level="local",
    email="",
):
    return Signature.objects.create(
        signer_name=signer,
        office="Mayor" if signer else "",
        show_name=show,
        authority_name=authority_name,
        country=countries[code],
        level=level,
        status=Status.VERIFIED,
        signed_on=day,
        email=email,
        ip_address="203.0.113.9" if email else None,
    )


@pytest.fixture
def listed(countries):
    _verified(countries, "Volos", "GR", day=datetime.date(2017, 5, 1))
    _verified(countries, "Şişli", "TR", signer="Hayri İnönü", email="hayri@sisli.example.org")
    _verified(countries, "Lviv", "UA", signer="Andriy Sadovyi", show=False, email="secret@lviv.example.org")
    _verified(countries, "Athens Region", "GR", level="regional", day=datetime.date(2019, 2, 1))
    Signature.objects.create(
        signer_name="Pending Person",
        authority_name="Torrent",
        country=countries["ES"],
        email="p@torrent.example.org",
    )


def test_it_numbers_by_country_then_authority(client, listed):
    response = client.get("/en/declaration/signatories/")
    rows = response.context["rows"]
    assert [(r["number"], r["country"], r["authority"]) for r in rows] == [
        (1, "Greece", "Athens Region"),
        (2, "Greece", "Volos"),
        (3, "Türkiye", "Şişli"),
        (4, "Ukraine", "Lviv"),
    ]


def test_only_verified_signatures_and_consented_names_are_shown(client, listed):
    content = client.get("/en/declaration/signatories/").content.decode()
    assert "Hayri İnönü" in content
    assert "Andriy Sadovyi" not in content
    assert "Torrent" not in content


def test_the_counter_and_counts_by_country(client, listed):
    assert counters.signatory_count() == counters.SignatoryCount(4, 3)
    response = client.get("/en/declaration/signatories/")
    assert ("Greece", 2) in response.context["country_counts"]
    assert b"<strong>4</strong> signatories" in response.content


def test_the_map_is_a_file_of_its_own_that_the_list_shows_as_an_image(client, listed):
    page = client.get("/en/declaration/signatories/").content.decode()
    assert (
        '<img src="/en/declaration/signatories/map.svg" alt="Signatories of the Declaration by country"'
        in page
    )
    assert "<svg" not in page  # the map's weight stays out of the list

    svg = client.get("/en/declaration/signatories/map.svg")
    assert svg["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert "s-maxage=" in svg["Cache-Control"] and svg.has_header("ETag")
    body = svg.content.decode()
    assert body.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert "<title" in body and "Signatories of the Declaration by country" in body
    french = client.get("/fr/declaration/signatories/map.svg").content.decode()
    assert "Signataires de la Déclaration par pays" in french


def test_the_counter_follows_a_change(client, listed, countries):
    assert counters.signatory_count().signatories == 4
    from alliance.declaration import services

    signature = Signature.objects.get(authority_name="Torrent")
    services.verify(signature.pk, None)
    assert counters.signatory_count() == counters.SignatoryCount(5, 4)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("country={GR}", ["Athens Region", "Volos"]),
        ("level=regional", ["Athens Region"]),
        ("year=2017", ["Volos"]),
        ("q=sisli", ["Şişli"]),
        ("q=inonu", ["Şişli"]),
        ("q=sadovyi", []),  # a hidden name is not searchable either
        ("country=999999&q=", ["Athens Region", "Volos", "Şişli", "Lviv"]),
    ],
)
def test_filters_and_accent_insensitive_search(client, listed, countries, query, expected):
    query = query.replace("{GR}", str(countries["GR"].pk))
    response = client.get(f"/en/declaration/signatories/?{query}")
    assert response.status_code == 200
    assert [r["authority"] for r in response.context["rows"]] == expected


def test_it_paginates_with_continuous_numbers(client, countries):
    for i in range(60):
        _verified(countries, f"Town {i:02d}", "FR" if i % 2 else "DE")
    response = client.get("/en/declaration/signatories/?page=2")
    rows = response.context["rows"]
    assert rows[0]["number"] == 51
    assert rows[-1]["number"] == 60
    # France (30) comes before Germany (30): page 2 holds Germany's last ten, in name order.
    assert {r["country"] for r in rows} == {"Germany"}
    assert [r["authority"] for r in rows] == [f"Town {i:02d}" for i in range(40, 60, 2)]


def test_french_list_orders_countries_in_french(client, listed):
    rows = client.get("/fr/declaration/signatories/").context["rows"]
    assert [r["country"] for r in rows] == ["Grèce", "Grèce", "Turquie", "Ukraine"]


def test_exports_hold_public_fields_only(client, listed):
    csv_text = client.get("/en/declaration/signatories/export.csv").getvalue().decode()
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("\ufeffnumber,country,country_code,authority")
    assert len(lines) == 5
    data = json.loads(client.get("/en/declaration/signatories/export.json").getvalue())["records"]
    assert [row["authority"] for row in data] == ["Athens Region", "Volos", "Şişli", "Lviv"]
    assert data[3]["signer"] == ""
    assert data[2]["signer"] == "Hayri İnönü"
    assert set(data[0]) == {
        "number",
        "country",
        "country_code",
        "authority",
        "authority_slug",
        "level",
        "capacity",
        "signed_on",
        "signer",
        "office",
        "party",
    }


def test_the_declaration_page(client, countries):
    from alliance.declaration.models import DeclarationText

    DeclarationText.objects.create(language="en", title="Declaration of Mayors", text="<p>English text</p>")
    DeclarationText.objects.create(language="de", title="Erklärung", text="<p>Deutscher Text</p>")
    response = client.get("/en/declaration/")
    content = response.content.decode()
    assert "29 March 2017" in content and "32nd Session" in content
    assert "English text" in content
    assert 'href="?text=de#text-heading"' in content
    assert "Deutscher Text" in client.get("/en/declaration/?text=de").content.decode()
    assert 'href="/en/declaration/sign/"' in content
