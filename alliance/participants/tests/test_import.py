import datetime
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from alliance.authorities.models import Authority
from alliance.core.spreadsheets import SpreadsheetError
from alliance.participants import importing
from alliance.participants.models import Participation

HEADER = "name,country,level,kind,population,accession number,joined on,left on\n"


def run(text, commit=False, encoding="utf-8"):
    return importing.run(importing.read_rows(text.encode(encoding), "file.csv"), commit=commit)


def statuses(report):
    return [(row.line, row.outcome) for row in report.rows]


def test_a_dry_run_reports_each_row_and_writes_nothing(countries):
    report = run(HEADER + "Korçë,Albania,local,municipality,75994,,,\nŞişli,TR,local,,,131,2017-10-19,\n")
    assert statuses(report) == [(2, "created"), (3, "created")]
    assert report.committed is False
    assert not Authority.objects.exists()
    assert not Participation.objects.exists()


def test_a_commit_writes_every_accepted_row(countries):
    report = run(
        HEADER + "Korçë,Albania,local,municipality,75994,,,\nŞişli,TR,local,,,131,2017-10-19,\n", commit=True
    )
    assert report.summary == {"created": 2, "updated": 0, "unchanged": 0, "rejected": 0}
    assert Authority.objects.get(name="Korçë").population == 75994
    assert Participation.objects.get(accession_number=131).authority.name == "Şişli"


def test_a_second_import_updates_or_leaves_unchanged(countries):
    run(HEADER + "Korçë,AL,local,,75994,,,\nTirana,AL,local,,,,,\n", commit=True)
    report = run(HEADER + "Korce,Albanie,local,,76000,,,\nTirana,AL,local,,,,,\n", commit=True)
    assert statuses(report) == [(2, "updated"), (3, "unchanged")]
    assert Authority.objects.get(name="Korçë").population == 76000


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Atlantis,Atlantis,local,,,,,", "Unknown country “Atlantis”"),
        (",FR,local,,,,,", "The name is missing"),
        ("Lyon,FR,cosmic,,,,,", "Unknown level “cosmic”"),
        ("Lyon,FR,local,castle,,,,", "Unknown kind “castle”"),
        ("Lyon,FR,local,,many,,,", "“many” is not a number"),
        ("Lyon,FR,local,,,140,2015-13-45,", "Bad date “2015-13-45”"),
        ("Lyon,FR,local,,,140,yesterday,", "Bad date “yesterday”"),
        ("Lyon,FR,local,,,140,2015-06-01,2014-01-01", "comes before the date it joined"),
        ("Lyon,FR,local,,,140,,", "go together"),
    ],
)
def test_it_rejects_a_bad_row_and_says_why(countries, row, reason):
    report = run(HEADER + row + "\nNice,FR,local,,,,,\n", commit=True)
    assert statuses(report) == [(2, "rejected"), (3, "created")]
    assert reason in " ".join(report.rows[0].messages)
    assert Authority.objects.filter(name="Lyon").exists() is False
    assert Authority.objects.filter(name="Nice").exists()


def test_it_rejects_duplicates_in_the_file(countries):
    report = run(
        HEADER + "Korçë,AL,,,,,,\nKORCE,Albania,,,,,,\nLyon,FR,,,,7,2014-01-01,\nNice,FR,,,,7,2014-01-01,\n"
    )
    assert statuses(report) == [(2, "created"), (3, "rejected"), (4, "created"), (5, "rejected")]
    assert "Duplicate of line 2" in report.rows[1].messages[0]
    assert "Duplicate accession number 7" in report.rows[3].messages[0]


def test_it_rejects_an_accession_number_held_by_another_authority(make_participant):
    make_participant("Tivat", "ME", accession=127)
    report = run(HEADER + "Lyon,FR,,,,127,2014-01-01,\n", commit=True)
    assert statuses(report) == [(2, "rejected")]
    assert "already belongs to Tivat" in report.rows[0].messages[0]
    assert not Authority.objects.filter(name="Lyon").exists()


@pytest.mark.parametrize(
    "country",
    ["France", "france", "FR", "fr", "FRA", "France ", "Allemagne", "germany", "Türkiye", "Turquie"],
)
def test_it_knows_countries_by_english_or_french_name_or_iso_code(countries, country):
    report = run(f"name,country\nSomewhere,{country}\n")
    assert statuses(report) == [(2, "created")], report.rows[0].messages


def test_it_reads_utf8_with_bom_and_semicolons(countries):
    content = "\ufeffnom;pays;niveau;date d'adhésion;numéro d'adhésion\nKorçë;Albanie;locale;01/05/2014;12\n"
    rows = importing.read_rows(content.encode("utf-8"), "export.csv")
    assert rows[0]["name"] == "Korçë"
    report = importing.run(rows, commit=True)
    assert statuses(report) == [(2, "created")], report.rows[0].messages
    assert Participation.objects.get(accession_number=12).joined_on == datetime.date(2014, 5, 1)


def test_it_reads_xlsx(countries):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Country", "Population", "Accession number", "Joined on"])
    sheet.append(["Şişli", "Turkey", 274420, 131, datetime.datetime(2017, 10, 19)])
    buffer = io.BytesIO()
    book.save(buffer)
    report = importing.run(importing.read_rows(buffer.getvalue(), "list.xlsx"), commit=True)
    assert statuses(report) == [(2, "created")], report.rows[0].messages
    assert Authority.objects.get(name="Şişli").population == 274420


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,country\n".encode("utf-16"), "UTF-8"),
        (b"city,nation\nLyon,FR\n", "missing: name, country"),
        (b"", "empty"),
        (b"PK\x03\x04broken", "XLSX"),
    ],
)
def test_an_unreadable_file_is_refused_as_a_whole(content, message):
    with pytest.raises(SpreadsheetError, match=message):
        importing.read_rows(content, "file.csv")


def test_the_command_is_a_dry_run_unless_committed(countries, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "Korçë,Albania,,,,,,\nAtlantis,Atlantis,,,,,,\n", encoding="utf-8-sig")
    out = io.StringIO()
    call_command("import_authorities", str(path), "--rows", stdout=out, no_color=True)
    assert "line 2: created Korçë (AL)" in out.getvalue()
    assert "line 3: rejected Atlantis (Atlantis) - Unknown country “Atlantis”." in out.getvalue()
    assert "Dry run, nothing written: 1 created" in out.getvalue()
    assert not Authority.objects.exists()
    call_command("import_authorities", str(path), "--commit", stdout=io.StringIO())
    assert Authority.objects.filter(name="Korçë").exists()


def test_the_command_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_authorities", str(tmp_path / "nothing.csv"))


def test_a_long_file_shows_progress_then_a_summary_in_numbers(countries, tmp_path):
    path = tmp_path / "registry.csv"
    lines = [f"Municipality {number},FR,local,,,,," for number in range(1, 300)] + ["Atlantis,Atlantis,,,,,,"]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    call_command("import_authorities", str(path), stdout=out, no_color=True)
    output = out.getvalue().splitlines()
    assert output[0] == "300 rows to check in registry.csv."
    progress = [line.strip() for line in output if "rows checked" in line]
    assert progress[0] == "30 of 300 rows checked (10%)"
    assert progress[-1] == "300 of 300 rows checked (100%)"
    assert len(progress) == 10
    assert (
        "Dry run, nothing written: 299 created, 0 updated, 0 unchanged, 1 rejected. "
        "Run again with --commit to write."
    ) in output
    assert "Rejected lines: 301 (--rows tells why)." in output
    assert not any(line.startswith("line ") for line in output)
    assert not Authority.objects.exists()


def test_the_row_by_row_report_comes_on_request(countries, tmp_path):
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + "Korçë,Albania,,,,,,\nAtlantis,Atlantis,,,,,,\n", encoding="utf-8")
    out = io.StringIO()
    call_command("import_authorities", str(path), "--rows", "--commit", stdout=out, no_color=True)
    output = out.getvalue().splitlines()
    assert "line 2: created Korçë (AL)" in output
    assert "line 3: rejected Atlantis (Atlantis) - Unknown country “Atlantis”." in output
    assert "Written in batches of at most 200 rows: 1 created, 0 updated, 0 unchanged, 1 rejected." in output
    assert not any("rows checked" in line for line in output)  # a short file needs no progress


FIVE_ROWS = HEADER + "".join(
    f"Town {number},AL,local,,,{number},2014-0{number}-01,\n" for number in range(1, 6)
)


@pytest.mark.django_db(transaction=True)
def test_a_commit_writes_in_short_batches_each_committed_apart(countries, monkeypatch):
    from django.db import transaction

    from alliance.core import spreadsheets

    monkeypatch.setattr(spreadsheets, "BATCH_ROWS", 2)
    monkeypatch.setattr(spreadsheets, "BATCH_SECONDS", 3600)  # batches end by their rows here
    done = [0]
    commits_seen_at = []

    def progress(rows_done, total):
        done[0] = rows_done
        # Runs when the row's batch commits: says how many rows were done by then.
        transaction.on_commit(lambda: commits_seen_at.append(done[0]))

    rows = importing.read_rows(FIVE_ROWS.encode(), "file.csv")
    report = importing.run(rows, commit=True, progress=progress)
    assert report.summary["created"] == 5
    # Rows 1-2, 3-4 and 5 are committed apart: the write lock is let go twice in between.
    assert commits_seen_at == [2, 2, 4, 4, 5]


@pytest.mark.django_db(transaction=True)
def test_a_failure_midway_keeps_whole_batches_and_the_same_file_finishes_the_import(countries, monkeypatch):
    from alliance.core import spreadsheets
    from alliance.core.spreadsheets import ImportStopped

    monkeypatch.setattr(spreadsheets, "BATCH_ROWS", 2)
    monkeypatch.setattr(spreadsheets, "BATCH_SECONDS", 3600)  # batches end by their rows here
    real_apply = importing._apply

    def failing_on_town_4(clean, user):
        if clean["name"] == "Town 4":
            raise RuntimeError("the disk is full")
        return real_apply(clean, user)

    monkeypatch.setattr(importing, "_apply", failing_on_town_4)
    with pytest.raises(ImportStopped) as stopped:
        run(FIVE_ROWS, commit=True)
    # Lines 2 and 3 (the first batch) are written; line 4's batch (lines 4 and 5) is not.
    assert stopped.value.written_through == 3
    assert sorted(Authority.objects.values_list("name", flat=True)) == ["Town 1", "Town 2"]
    assert str(spreadsheets.stopped_message(stopped.value)) == (
        "The import stopped because of an error (the disk is full). The rows up to line 3 are written; "
        "send the same file again to write the rest."
    )

    monkeypatch.setattr(importing, "_apply", real_apply)
    report = run(FIVE_ROWS, commit=True)
    assert statuses(report) == [
        (2, "unchanged"),
        (3, "unchanged"),
        (4, "created"),
        (5, "created"),
        (6, "created"),
    ]
    assert Participation.objects.count() == 5


@pytest.mark.django_db(transaction=True)
def test_the_command_says_which_lines_are_written_when_it_stops(countries, monkeypatch, tmp_path):
    from alliance.core import spreadsheets

    monkeypatch.setattr(spreadsheets, "BATCH_ROWS", 2)
    monkeypatch.setattr(spreadsheets, "BATCH_SECONDS", 3600)  # batches end by their rows here
    monkeypatch.setattr(importing, "_apply", lambda clean, user: (_ for _ in ()).throw(RuntimeError("gone")))
    path = tmp_path / "registry.csv"
    path.write_text(FIVE_ROWS)
    with pytest.raises(CommandError, match="nothing written: gone"):
        call_command("import_authorities", str(path), "--commit", stdout=io.StringIO())


def test_a_row_naming_an_earlier_rows_authority_by_its_local_name_is_a_duplicate(countries):
    report = run("name,local name,country\nShkodra,Shkodër,AL\nShkodër,,AL\n")
    assert statuses(report) == [(2, "created"), (3, "rejected")]
    assert report.rows[1].messages == ["Duplicate of line 2."]
