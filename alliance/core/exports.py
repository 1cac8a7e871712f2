"""One way to publish a public list as a file: CSV, XLSX, JSON and, where there are places, GeoJSON.

A list is described once as a `Table`: its columns (name, Table Schema type, description, example)
and a function that yields its rows for a request, with the filters and in the order of its page.
Every format is written from those same rows, so the files of one list always hold the same
records, columns and order as the page they were downloaded from; the open-data package, the
catalogue and the API read the same descriptions.

Spreadsheet cells are made formula-safe as OWASP recommends for CSV injection: a text that a
spreadsheet program would run as a formula (see `runs_as_formula`) is shown as text and never runs.
In CSV it is written with a leading apostrophe, and so is every part after a semicolon (French and
German Excel split a CSV file on semicolons, so "a;=cmd" would give a cell "=cmd"); in XLSX it is
stored as it is, typed as text with Excel's hidden "quote prefix", so nobody sees an apostrophe.
"""

import csv
import datetime
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext

LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
FORMULA_STARTS = frozenset("=+-@|\t\r\n\u2212")
# Characters nobody sees, which spreadsheet programs skip before a formula: zero-width spaces and
# joiners, direction marks and overrides, the byte-order mark, the soft hyphen; and ordinary spaces.
INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_LEADING_INVISIBLE = re.compile(f"[{INVISIBLE} ]*+")
# A part of a cell that a semicolon-splitting program would read as a formula.
_FORMULA_AFTER_SEMICOLON = re.compile(
    f";[{INVISIBLE} ]*+(?=[=+\\-@|\u2212\uff0b\uff0d\uff1d\uff20\uff5c\ufe62\ufe63\ufe66])"
)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": XLSX_TYPE,
    "json": "application/json; charset=utf-8",
    "geojson": "application/geo+json; charset=utf-8",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Table Schema type: string, integer, number, date, boolean
    description: object  # lazy text: the column's meaning in the reader's language
    example: object
    # Table Schema constraints, e.g. {"enum": ["local", "regional"]} or {"required": True}
    constraints: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Table:
    """A public list as a dataset: what it is, its columns, and its rows for a request."""

    name: str  # "participants": the dataset's name and the stem of its files
    title: object
    description: object
    columns: tuple
    # rows(request, query) -> iterable of dicts keyed by column name, in the page's order, for
    # the page's filters given as a QueryDict or a dict (the API passes its validated parameters)
    rows: Callable
    page: str  # the URL name of the page the list comes from
    frequency: str  # how often it changes, as a DCAT frequency: "DAILY", "WEEKLY", "MONTHLY", "IRREG"
    frequency_label: object = ""
    place: Callable | None = None  # place(row) -> (longitude, latitude) or None; gives a GeoJSON
    primary_key: tuple = ()
    # window(request, query, start, stop) -> (total, rows): a quicker slice for a long list
    window: Callable | None = None
    # Whether the rows can be read as they stood on a past day (`?on=YYYY-MM-DD`, see `as_of`):
    # lists whose records carry the days they began and ended.
    dated: bool = False
    # For the catalogues: words and EU data themes (THEMES codes) a portal files it under, the
    # day the platform first published it, and span() -> (first day, last day) its records cover.
    keywords: tuple = ()
    themes: tuple = ()
    issued: datetime.date | None = None
    span: Callable | None = None

    @property
    def formats(self):
        return [name for name in FORMATS if name != "geojson" or self.place is not None]

    @property
    def column_names(self):
        return [column.name for column in self.columns]

    def url_name(self, extension, namespaced=False):
        name = f"{self.name.replace('-', '_')}_{extension}"
        return f"{self.page.split(':')[0]}:{name}" if namespaced else name

    def filename(self, extension, day=None):
        """`alliance-<dataset>-<day>.<extension>`: the day the data stood as it is in the file."""
        return f"alliance-{self.name}-{(day or timezone.localdate()).isoformat()}.{extension}"

    def records(self, request, query=None):
        """The rows, with exactly the table's columns and in its order."""
        names = self.column_names
        for row in self.rows(request, request.GET if query is None else query):
            yield {name: row.get(name) for name in names}

    def slice(self, request, query, start, stop):
        """(total, rows start..stop) for the API's pages, with the table's columns."""
        names = self.column_names
        if self.window is not None:
            total, rows = self.window(request, query, start, stop)
        else:
            rows = list(self.rows(request, query))
            total, rows = len(rows), rows[start:stop]
        return total, [{name: row.get(name) for name in names} for row in rows]


def _starts_formula(text):
    rest = text[_LEADING_INVISIBLE.match(text).end() :]
    # Fullwidth and small forms (＝, ﹦, ＋, ＠, ｜ ...) are read as their ASCII twins.
    return bool(rest) and unicodedata.normalize("NFKC", rest[0])[:1] in FORMULA_STARTS


def runs_as_formula(value):
    """Whether a spreadsheet program could run `value` as a formula: it starts with =, +, -, @,
    | (DDE), a tab or a line break, in ASCII or fullwidth, perhaps behind invisible characters; or
    such a start follows a semicolon. Linear in the length of the text."""
    return isinstance(value, str) and (
        _starts_formula(value) or _FORMULA_AFTER_SEMICOLON.search(value) is not None
    )


class DayError(ValueError):
    """A `?on=` day that is not a date, or is still to come; its message is for the reader."""


def as_of(query):
    """The day a query asks for with `on=YYYY-MM-DD`, or None for today.

    Raises DayError for anything but a real calendar day written YYYY-MM-DD, or a day after today:
    the data is only known up to today.
    """
    value = str((query or {}).get("on") or "").strip()
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise DayError(
            gettext("The day must be a date written YYYY-MM-DD, for example 2015-12-31.")
        ) from None
    if day > timezone.localdate():
        raise DayError(gettext("The day cannot be in the future: the data is known up to today."))
    return day


def spreadsheet_cell(value):
    """A value a spreadsheet program shows and never runs, for CSV: OWASP's CSV injection defence,
    an apostrophe before the cell and before every formula that follows a semicolon."""
    if not runs_as_formula(value):
        return value
    value = _FORMULA_AFTER_SEMICOLON.sub(lambda match: match.group() + "'", value)
    return value if value.startswith("'") else "'" + value


def xlsx_text_cell(sheet, value):
    """An XLSX cell for `value`; a text that could run is stored as text, with the hidden quote
    prefix that Excel itself sets when someone types an apostrophe first (none is shown)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    if cell.data_type == "f" or runs_as_formula(value):  # never a formula, whatever openpyxl guessed
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return spreadsheet_cell(value)


class _Echo:
    def write(self, value):
        return value


def _csv_lines(table, request):
    writer = csv.writer(_Echo())
    # A byte order mark so that spreadsheet programs read the names in their own scripts.
    yield "\ufeff" + writer.writerow(table.column_names)
    for record in table.records(request):
        yield writer.writerow([_plain(value) for value in record.values()])


def _xlsx_bytes(table, request):
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=table.name[:31])
    sheet.append(table.column_names)
    for record in table.records(request):
        cells = []
        for value in record.values():
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = xlsx_text_cell(sheet, value)
            if isinstance(value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _dumps(value):
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)


def _page_address(request):
    """The page the file belongs to (the file's folder), with the same filters."""
    query = request.GET.urlencode()
    return request.build_absolute_uri(request.path.rsplit("/", 1)[0] + "/" + (f"?{query}" if query else ""))


def _json_chunks(table, request):
    head = {
        "dataset": table.name,
        "title": str(table.title),
        "licence": LICENCE["path"],
        "source": _page_address(request),
        "generated_on": timezone.localdate().isoformat(),
    }
    if table.dated:
        head["as_of"] = (as_of(request.GET) or timezone.localdate()).isoformat()
    yield _dumps(head)[:-1] + ', "records": ['
    count = 0
    for count, record in enumerate(table.records(request), start=1):
        yield ("," if count > 1 else "") + "\n" + _dumps(record)
    yield f'\n], "count": {count}}}\n'


def _geojson_chunks(table, request):
    yield '{"type": "FeatureCollection", "features": ['
    for number, record in enumerate(table.records(request)):
        point = table.place(record)
        # RFC 7946: positions are longitude first; a record without a place has a null geometry.
        geometry = {"type": "Point", "coordinates": list(point)} if point else None
        feature = {"type": "Feature", "geometry": geometry, "properties": record}
        yield ("," if number else "") + "\n" + _dumps(feature)
    yield "\n]}\n"


def export_response(table, request, extension):
    day = None
    if table.dated:
        try:
            day = as_of(request.GET)
        except DayError as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    if extension == "xlsx":
        response = HttpResponse(_xlsx_bytes(table, request), content_type=XLSX_TYPE)
    else:
        writers = {"csv": _csv_lines, "json": _json_chunks, "geojson": _geojson_chunks}
        response = StreamingHttpResponse(writers[extension](table, request), content_type=FORMATS[extension])
    response["Content-Disposition"] = f'attachment; filename="{table.filename(extension, day)}"'
    response["Link"] = f'<{LICENCE["path"]}>; rel="license"'
    return response


def export_view(table, extension):
    def view(request):
        return export_response(table, request, extension)

    view.__name__ = f"export_{table.name}_{extension}"
    return view


def export_urls(table, prefix="", stem="export"):
    """The list's files beside its page: `export.csv`, `export.xlsx`, `export.json` (+ `.geojson`),
    named `<dataset>_<format>` in the page's namespace (`participants:participants_csv`)."""
    return [
        path(f"{prefix}{stem}.{extension}", export_view(table, extension), name=table.url_name(extension))
        for extension in table.formats
    ]


def make_back_office_exports_formula_safe():
    """Wagtail's back-office spreadsheets (every listing with `list_export`, the reports, form
    submissions) write cells as they are. They all pass through one method of one mixin, so the
    same neutralisation, and the site's time zone, are applied there once, when the project starts."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "formula_safe", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        # Moments in Strasbourg's time, like every page and file (Wagtail would write them in UTC).
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.localtime(value)
            value = value.replace(tzinfo=None) if export_format == "xlsx" else value.isoformat()
        value = original(self, field, value, export_format)
        return value if export_format == self.FORMAT_XLSX else spreadsheet_cell(value)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for name, value in row_dict.items():
            cell = xlsx_text_cell(worksheet, self.preprocess_field_value(name, value, self.FORMAT_XLSX))
            if date_format and isinstance(value, datetime.datetime):
                cell.number_format = date_format
            yield cell

    preprocess_field_value.formula_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.generate_xlsx_row = generate_xlsx_row
