"""A programme's figures agree with each other and with the record: one headline, one current
reported total, every country of that total charted, steps counted cumulatively."""

import datetime

import pytest
import time_machine

from alliance.programmes.models import STEP_ORDER
from alliance.programmes.snapshot import snapshot


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel("2024-05-01 12:00:00+00:00", tick=False):
        yield


@pytest.mark.parametrize(
    "language, headline",
    [
        ("en", "131 municipalities in 6 countries have benefited from ROMACT."),
        ("fr", "131 municipalités de 6 pays ont bénéficié de ROMACT."),
    ],
)
def test_the_headline_is_stated_as_the_record_does(client, romact, language, headline):
    for address in (f"/{language}/programmes/romact/", f"/{language}/programmes/"):
        assert headline in client.get(address).content.decode(), address


def test_a_snapshot_gives_one_reported_total_the_latest(client, romact):
    html = client.get("/en/programmes/romact/", {"as_of": "2018-09-30"}).content.decode()
    figures = html.split('id="figures"', 1)[1].split("Municipalities taking part", 1)[0]
    text = figures.split("<svg", 1)[0] + figures.split("</svg>", 1)[1]
    assert text.count("Reported total: ") == 1
    assert "Reported total: 131 municipalities" in figures
    assert "123 municipalities" not in figures


def test_before_the_later_total_the_earlier_one_is_the_reported_total(client, romact):
    html = client.get("/en/programmes/romact/", {"as_of": "2017-12-31"}).content.decode()
    figures = html.split('id="figures"', 1)[1].split("Municipalities taking part", 1)[0]
    assert "Reported total: 123 municipalities" in figures
    assert "131 municipalities" not in figures


def test_every_country_of_the_reported_total_is_charted(client, romact):
    snap = snapshot(romact, datetime.date(2018, 9, 30))
    charted = {row.country.code for row in snap.countries}
    assert {country.code for country in snap.headline.countries_covered.all()} <= charted
    html = client.get("/en/programmes/romact/", {"as_of": "2018-09-30"}).content.decode()
    chart = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    table = html.split('id="by-country-caption"', 1)[1].split("</table>", 1)[0]
    for name in ("Bulgaria", "Czechia", "Hungary", "Italy", "Romania", "Slovakia"):
        assert f">{name}<" in chart
        assert f'<th scope="row">{name}</th>' in table


def test_a_municipality_at_a_later_step_counts_for_the_earlier_ones(romact):
    snap = snapshot(romact, datetime.date(2018, 9, 30))
    counts = [count for _value, _label, count in snap.steps]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == snap.named_total
    assert counts[-1] == len(snap.funded) == 13
    assert dict(zip(STEP_ORDER, counts, strict=True))["action-plan"] == 13


def test_the_tables_have_few_enough_columns_to_fit(client, romact):
    html = client.get("/en/programmes/romact/", {"as_of": "2018-09-30"}).content.decode()
    for table in html.split("<table")[1:]:
        head = table.split("</thead>", 1)[0]
        assert head.count('<th scope="col"') <= 5
