import datetime

from alliance.programmes.models import ProgrammeParticipation, ReportedTotal, Step
from alliance.programmes.snapshot import snapshot

D = datetime.date


def by_code(snap):
    return {row.country.code: row for row in snap.countries}


def test_september_2018_shows_59_in_romania_and_30_in_bulgaria(romact):
    rows = by_code(snapshot(romact, D(2018, 9, 30)))
    assert rows["RO"].municipalities == 59
    assert rows["BG"].municipalities == 30
    assert rows["RO"].reported.period_start == D(2014, 1, 1)


def test_reported_totals_stay_apart_from_named_records(romact):
    rows = by_code(snapshot(romact, D(2018, 9, 30)))
    assert rows["RO"].named == 4
    assert rows["RO"].from_reported_total
    assert rows["SK"].named == 13
    assert not rows["SK"].from_reported_total
    # No municipality is invented to reach a reported figure.
    assert ProgrammeParticipation.objects.filter(authority__country__code="RO").count() == 4


def test_a_report_counts_only_once_its_period_has_ended(romact):
    rows = by_code(snapshot(romact, D(2018, 9, 29)))
    assert rows["RO"].reported is None
    assert rows["RO"].municipalities == 4
    overall = snapshot(romact, D(2017, 8, 1)).overall_totals
    assert [total.municipalities for total in overall] == [123]


def test_the_latest_overall_total_comes_first(romact):
    overall = snapshot(romact, D(2018, 9, 30)).overall_totals
    assert [total.municipalities for total in overall] == [131, 123]
    assert ReportedTotal.objects.get(municipalities=131).countries_covered.count() == 6


def test_funded_projects_are_the_named_bulgarian_and_romanian_municipalities(romact):
    funded = snapshot(romact, D(2018, 9, 30)).funded
    names = {record.participation.authority.name for record in funded}
    assert len(names) == 13
    assert {"Sighișoara", "Vulcan", "Sliven", "Tvarditsa"} <= names
    assert snapshot(romact, D(2018, 1, 1)).funded == []


def test_steps_count_by_the_day_they_were_reached(romact):
    early = snapshot(romact, D(2014, 6, 1))
    assert early.step_totals[Step.COMMITMENT] == 6 + 4 + 9 + 4
    assert by_code(early)["IT"].named == 4


def test_before_the_start_there_is_nothing(romact):
    snap = snapshot(romact, D(2013, 1, 1))
    assert not snap.started
    assert snap.countries == []
    assert snap.overall_totals == []


def test_hungary_stopped_in_march_2017(romact):
    assert by_code(snapshot(romact, D(2017, 2, 1)))["HU"].stopped == 0
    assert by_code(snapshot(romact, D(2017, 3, 31)))["HU"].stopped == 7
