import datetime
import re

import pytest

from alliance.authorities.models import Authority, Country
from alliance.participants.counters import participant_count, timeline
from alliance.participants.models import Participation

D = datetime.date


def participant(name, code, joined_on, left_on=None, accession=None):
    authority = Authority.objects.create(name=name, country=Country.objects.get(code=code))
    number = accession or (Participation.objects.count() + 1)
    return Participation.objects.create(
        authority=authority, accession_number=number, joined_on=joined_on, left_on=left_on
    )


def test_the_demo_count_on_24_june_2015_is_129(demo_participants):
    count = participant_count(D(2015, 6, 24))
    assert count.participants == 129


def test_the_130th_participant_is_reggio_calabria(demo_participants):
    assert participant_count(D(2015, 11, 29)).participants == 129
    assert participant_count(D(2015, 11, 30)).participants == 130
    assert participant_count(D(2015, 11, 30)).countries == 29
    joined = Participation.objects.get(joined_on=D(2015, 11, 30))
    assert joined.authority.name == "Metropolitan City of Reggio Calabria"
    assert joined.accession_number == 130


def test_it_counts_nobody_before_the_first_participant(demo_participants):
    assert participant_count(D(2013, 3, 19)).participants == 0
    assert participant_count(D(2013, 3, 19)).countries == 0
    assert participant_count(D(2013, 3, 20)).participants > 0


def test_a_participant_counts_from_the_day_it_joined_until_the_day_before_it_left(countries):
    participant("Korçë", "AL", D(2020, 1, 10), left_on=D(2020, 5, 1))
    assert participant_count(D(2020, 1, 9)).participants == 0
    assert participant_count(D(2020, 1, 10)).participants == 1
    assert participant_count(D(2020, 4, 30)).participants == 1
    assert participant_count(D(2020, 5, 1)).participants == 0


def test_joining_and_leaving_on_the_same_day_never_counts(countries):
    participant("Korçë", "AL", D(2020, 1, 10), left_on=D(2020, 1, 10))
    assert participant_count(D(2020, 1, 10)).participants == 0
    assert [(step.day, step.participants) for step in timeline()] == [(D(2020, 1, 10), 0)]


def test_the_cached_count_changes_as_soon_as_a_participation_changes(countries):
    first = participant("Korçë", "AL", D(2020, 1, 10))
    assert participant_count(D(2021, 1, 1)).participants == 1
    participant("Şişli", "TR", D(2020, 2, 1))
    assert participant_count(D(2021, 1, 1)).participants == 2
    assert participant_count(D(2021, 1, 1)).countries == 2
    first.left_on = D(2020, 12, 31)
    first.save()
    assert participant_count(D(2021, 1, 1)).participants == 1


def test_an_authority_counts_once_in_each_country(countries):
    participant("Korçë", "AL", D(2020, 1, 10))
    participant("Tirana", "AL", D(2020, 1, 11))
    assert participant_count(D(2020, 2, 1)).countries == 1


def test_the_timeline_agrees_with_the_counter_on_every_day_it_lists(demo_participants):
    steps = timeline()
    assert steps[0].day == D(2013, 3, 20)
    for step in steps:
        count = participant_count(step.day)
        assert (step.participants, step.countries) == (count.participants, count.countries)
    assert steps[-1].participants == 130


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_history_page_shows_the_chart_and_its_table(client, demo_participants, language):
    response = client.get(f"/{language}/participants/history/?year=2015")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and 'class="chart-line"' in html
    # The year table: 130 participants from 29 countries at the end of 2015 ...
    row_2015 = html.split('?year=2015#changes-heading">2015</a></th>')[1].split("</tr>")[0]
    assert re.findall(r'<td class="number">(\d+)</td>', row_2015)[:2] == ["130", "29"]
    # ... and the day Reggio Calabria joined among the changes of 2015.
    day = html.split('<time datetime="2015-11-30">')[1].split("</tr>")[0]
    assert re.findall(r'<td class="number">(\d+)</td>', day)[:2] == ["130", "29"]
    # Coordinates are written with a dot in every language (a French comma would break the path).
    path = html.split('class="chart-line" d="')[1].split('"')[0]
    assert re.fullmatch(r"(?:[ML]\d+(?:\.\d+)?,\d+(?:\.\d+)? ?)+", path)


def test_a_year_without_changes_or_a_bad_year_shows_no_detail(client, demo_participants):
    for query in ("?year=1990", "?year=abc"):
        response = client.get(f"/en/participants/history/{query}")
        assert response.status_code == 200
        assert 'id="changes-heading"' not in response.content.decode()
