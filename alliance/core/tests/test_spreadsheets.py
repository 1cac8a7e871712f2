"""One reader for the secretariat's spreadsheets: the same encodings, separators and XLSX path."""

import datetime
import io

import openpyxl
import pytest

from alliance.core.spreadsheets import ImportReport, RowReport, SpreadsheetError, read_records

HEADINGS = {"name": ["name", "nom"], "country": ["country", "pays"], "joined_on": ["joined on"]}
REQUIRED = {"name": "Name", "country": "Country"}


def records(content, filename="list.csv"):
    return read_records(content, filename, HEADINGS, REQUIRED)


@pytest.mark.parametrize(
    "content",
    [
        "name,country\nKorçë,Albania\n".encode(),
        "\ufeffname,country\nKorçë,Albania\n".encode(),
        "Name;Country\nKorçë;Albania\n".encode(),
        "NOM;PAYS\r\nKorçë;Albania\r\n".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 with bom", "semicolons", "windows-1252"],
)
def test_every_encoding_and_separator_gives_the_same_rows(content):
    [row] = records(content)
    assert row == {"name": "Korçë", "country": "Albania"}
    assert row.line == 2


def test_an_xlsx_file_gives_its_cells_with_numbers_and_dates_kept():
    book = openpyxl.Workbook()
    book.active.append(["Name", "Country", "Joined on"])
    book.active.append(["  Şişli ", "Turkey", datetime.datetime(2017, 10, 19)])
    book.active.append([None, None, None])
    book.active.append(["Tivat", "ME", None])
    buffer = io.BytesIO()
    book.save(buffer)
    rows = records(buffer.getvalue(), "export.xlsx")
    assert rows == [
        {"name": "Şişli", "country": "Turkey", "joined_on": datetime.datetime(2017, 10, 19)},
        {"name": "Tivat", "country": "ME", "joined_on": ""},
    ]
    assert [row.line for row in rows] == [2, 4]


def test_blank_rows_are_left_out_and_lines_count_as_in_the_file():
    rows = records(b"\nname,country,notes\n\nLyon,FR,\n,,only a note\nNice,FR\n")
    assert [(row.line, row["name"]) for row in rows] == [(4, "Lyon"), (6, "Nice")]


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "list.csv", "empty"),
        (b"\n\n", "list.csv", "empty"),
        ("name,country\n".encode("utf-16"), "list.csv", "UTF-8"),
        (b"city,nation\nLyon,FR\n", "list.csv", "missing: Name, Country"),
        (b"PK\x03\x04broken", "list.csv", "XLSX"),
        (b"not a workbook", "list.xlsx", "XLSX"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_as_a_whole(content, filename, message):
    with pytest.raises(SpreadsheetError, match=message):
        records(content, filename)


def test_the_report_counts_each_outcome_the_import_can_give():
    report = ImportReport(
        [RowReport(2, "created", "Lyon", "FR"), RowReport(3, "rejected", "", "FR", ["The name is missing."])],
        committed=False,
        outcomes=("created", "unchanged", "rejected"),
    )
    assert report.summary == {"created": 1, "unchanged": 0, "rejected": 1}


@pytest.mark.django_db(transaction=True)
def test_batches_pause_between_them_on_sqlite_so_that_waiting_writers_get_the_lock(monkeypatch):
    from django.db import connection

    from alliance.core import spreadsheets

    if connection.vendor != "sqlite":
        pytest.skip("the pause is for SQLite's one write lock")
    monkeypatch.setattr(spreadsheets, "BATCH_ROWS", 2)
    monkeypatch.setattr(spreadsheets, "BATCH_SECONDS", 3600)  # batches end by their rows here
    events = []
    monkeypatch.setattr(spreadsheets.time, "sleep", lambda seconds: events.append(("pause", seconds)))
    records = [spreadsheets.Record(line, {}) for line in range(2, 7)]
    spreadsheets.in_batches(
        records, lambda record: events.append(("row", record.line, connection.in_atomic_block)), commit=True
    )
    pause = ("pause", spreadsheets.SQLITE_PAUSE_SECONDS)
    assert events == [
        ("row", 2, True),
        ("row", 3, True),
        pause,
        ("row", 4, True),
        ("row", 5, True),
        pause,
        ("row", 6, True),
    ]
