"""The secretariat's spreadsheets, read the same way by every import, and the report on each row.

A file is CSV or XLSX, of at most `MAX_FILE_BYTES`. CSV comes in UTF-8 (with or without the
byte-order mark that Excel writes) or, failing that, in Windows-1252 (Excel's plain "CSV" in Western
Europe), separated by commas or semicolons, as the heading row shows. XLSX is read from its first
sheet, values not formulas, as a stream with caps on rows, columns, cells and characters
(`core/xlsx.py`); CSV has the same caps. Whatever the file declares, reading it costs memory and
time bounded by those caps, and a report never repeats a whole cell (`clip`).

Each import names the columns it knows (`headings`: field -> the spellings the secretariat uses,
compared without case or accents) and those it cannot do without (`required`). The rows come
back as `Record`s: a dict of field -> cell (text stripped; "" for an empty cell; numbers and
dates as XLSX holds them) that knows its line in the file, the heading being line 1.

Imports write in short batches (`in_batches`), never in one long transaction: on SQLite a
transaction holds the one write lock of the whole database, and a long file would keep every form,
rate limit and periodic job of the site waiting. Each row is checked again inside the batch that
writes it, so what is written is right even if the registry changed since the dry run; a run
stopped midway leaves whole batches written, and running the same file again finishes it (rows
already written are then reported unchanged).
"""

import csv
import dataclasses
import io
import time

from django.db import connection, transaction
from django.utils.translation import gettext as _

from .folding import fold

XLSX_SIGNATURE = b"PK\x03\x04"  # an XLSX file is a ZIP archive
# The secretariat's largest lists are a few hundred kilobytes.
MAX_FILE_BYTES = 5 * 1024 * 1024
# No cell of a list of authorities comes near this; the csv module's own limit is process-wide
# and other libraries raise it, so the reader keeps its own.
CSV_MAX_CELL_CHARACTERS = 128 * 1024
# What a report quotes of a cell at most.
REPORT_MAX_CHARACTERS = 200


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; the message tells the person who sent it why."""


class Record(dict):
    """One row of the file: field -> cell, and `line`, its line number as a spreadsheet shows it."""

    def __init__(self, line, cells):
        super().__init__(cells)
        self.line = line


def read_records(content, filename, headings, required):
    """The non-empty rows of the file under the columns it names, as `Record`s.

    `headings` maps each field to its spellings (folded); `required` maps the fields without which
    the file is refused to the names the refusal gives them.
    """
    rows = iter(read_rows(content, filename))
    heading_row = next((row for _line, row in rows if any(_cell(cell) != "" for cell in row)), None)
    if heading_row is None:
        raise SpreadsheetError(_("This file is empty."))
    columns = {}
    for index, heading in enumerate(heading_row):
        folded = fold(heading).replace("_", " ")
        for field, spellings in headings.items():
            if folded in {fold(spelling) for spelling in spellings} and field not in columns:
                columns[field] = index
    missing = [name for field, name in required.items() if field not in columns]
    if missing:
        raise SpreadsheetError(
            _("The first row must name the columns; missing: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    records = []
    for line, row in rows:
        cells = {field: _cell(row[index] if index < len(row) else None) for field, index in columns.items()}
        if any(cell != "" for cell in cells.values()):
            records.append(Record(line, cells))
    return records


def read_rows(content, filename=""):
    """The rows of the file that hold a value, the heading included, as (line number, cells)."""
    if len(content) > MAX_FILE_BYTES:
        raise SpreadsheetError(
            _("The file is larger than %(size)s MB; split it into smaller files.")
            % {"size": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if filename.lower().endswith(".xlsx") or content[:4] == XLSX_SIGNATURE:
        from .xlsx import xlsx_rows

        return xlsx_rows(content)
    return _csv_rows(content)


def _csv_rows(content):
    from .xlsx import MAX_CELLS, MAX_COLUMNS, MAX_ROWS

    text = decode(content)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    unreadable = SpreadsheetError(_("This file is not readable CSV: a cell is far too long or damaged."))
    rows = []
    cells = 0
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for row in reader:
            if not any(row):
                continue
            if any(len(cell) > CSV_MAX_CELL_CHARACTERS for cell in row):
                raise unreadable
            while row and not row[-1]:
                row.pop()
            cells += len(row)
            if len(row) > MAX_COLUMNS or reader.line_num > MAX_ROWS or cells > MAX_CELLS:
                raise SpreadsheetError(
                    _("This spreadsheet is too large to be read; split it into smaller files.")
                )
            rows.append((reader.line_num, row))
    except csv.Error as error:  # a cell beyond the csv module's limit, a stray NUL ...
        raise unreadable from error
    return rows


def decode(content):
    """The text of a CSV file: UTF-8 (a leading byte-order mark dropped), else Windows-1252."""
    if b"\x00" in content[:4096]:
        # UTF-16 (Excel's "Unicode text") or a binary file: no spreadsheet program writes NUL in CSV.
        raise SpreadsheetError(_("This file is not CSV in UTF-8; save it as CSV UTF-8 and try again."))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _cell(value):
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else value


def clip(text, limit=REPORT_MAX_CHARACTERS):
    """At most `limit` characters of a text a report shows: a cell may be 32,767 long."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- the report on each row


@dataclasses.dataclass
class RowReport:
    """What an import did, or would do, with one row: its outcome ("created", "rejected" ...),
    what the row names (an authority and its country) and why (reasons for a rejection, notes)."""

    line: int
    outcome: str
    name: str
    country: str
    messages: list = dataclasses.field(default_factory=list)

    def __post_init__(self):
        # What the row names, and each message (which may quote a cell), clipped: never a whole cell.
        self.name = clip(self.name)
        self.country = clip(self.country)
        self.messages = [clip(message, 2 * REPORT_MAX_CHARACTERS) for message in self.messages]


@dataclasses.dataclass
class ImportReport:
    """Every row's report, in the order of the file; `outcomes` are the ones the import can give."""

    rows: list
    committed: bool
    outcomes: tuple = ("created", "updated", "unchanged", "rejected")

    def count(self, outcome):
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def summary(self):
        return {outcome: self.count(outcome) for outcome in self.outcomes}


# ---------------------------------------------------------------- writing in batches

# A batch holds the database's write lock (SQLite has one for the whole file) for at most about
# BATCH_SECONDS, so that forms, rate limits and the periodic jobs get their turn between two batches.
BATCH_ROWS = 200
BATCH_SECONDS = 0.25
# On SQLite a writer that finds the lock taken sleeps and tries again (up to 100 ms between tries):
# an import that began its next batch at once would take the lock back before any of them woke, and
# they would wait until their timeout. The pause after each batch lets every waiting writer in.
SQLITE_PAUSE_SECONDS = 0.1


class ImportStopped(Exception):
    """An import stopped by a failure midway: the batches before it are written (up to line
    `written_through`, 0 for none), the one that failed is not."""

    def __init__(self, written_through, error):
        super().__init__(str(error))
        self.written_through = written_through
        self.error = error


def stopped_message(stopped):
    """What the secretariat reads when an import stopped midway (`ImportStopped`)."""
    if stopped.written_through:
        return _(
            "The import stopped because of an error (%(error)s). The rows up to line %(line)s are "
            "written; send the same file again to write the rest."
        ) % {"error": stopped.error, "line": stopped.written_through}
    return _("The import stopped because of an error (%(error)s); nothing was written.") % {
        "error": stopped.error
    }


def in_batches(records, apply, *, commit):
    """`apply(record)` for each record, in short transactions of at most `BATCH_ROWS` records or
    about `BATCH_SECONDS` each; each is rolled back unless `commit`. A failure rolls back the batch
    in progress and raises `ImportStopped`, naming the last line written."""
    rows, seconds = BATCH_ROWS, BATCH_SECONDS
    written_through = 0
    position = 0
    while position < len(records):
        started = time.monotonic()
        batch_start = position
        try:
            with transaction.atomic():
                while position < len(records) and position - batch_start < rows:
                    apply(records[position])
                    position += 1
                    if time.monotonic() - started >= seconds:
                        break
                if not commit:
                    transaction.set_rollback(True)
        except Exception as error:
            raise ImportStopped(written_through if commit else 0, error) from error
        if commit:
            written_through = records[position - 1].line
        if connection.vendor == "sqlite" and position < len(records):
            time.sleep(SQLITE_PAUSE_SECONDS)
