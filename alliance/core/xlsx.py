"""The first sheet of an XLSX file, read as a stream with caps on everything the file may claim.

A spreadsheet library builds its picture of the sheet from what the file declares: the sheet's
size (`<dimension>`), every shared string whole, every styled cell. A file of a few kilobytes may
declare a million rows, a column far to the right or a string of thirty million characters. This
reader walks the XML once with expat, keeps only cells that hold a value, and stops with a
`SpreadsheetError` as soon as the file passes one of the caps below, so that any file the upload
limit admits costs a bounded amount of memory and time:

- the ZIP archive's members are unpacked as streams, never beyond the sizes its directory declares
  (Python's zipfile stops there), whose sum is capped before anything is unpacked;
- rows and columns: a value beyond `MAX_ROWS` or `MAX_COLUMNS` is refused (styled empty cells
  there are ignored); the declared `<dimension>` is never read;
- characters: a cell holds at most `CELL_MAX_CHARACTERS` (Excel's own limit), and all the text the
  file holds at most `TEXT_MAX_CHARACTERS`, counted while it is read, so a huge string is refused
  after its first 32,767 characters;
- shared strings: at most `MAX_SHARED_STRINGS`; cells with a value: at most `MAX_CELLS`; elements
  of the sheet (each costs a call, empty or not): at most `MAX_SHEET_ELEMENTS`;
- no document type declaration (entities) anywhere.

Values come back as a spreadsheet library gives them: text, int or float, bool, and dates and
times for numbers in a date format (styles are read for that alone).
"""

import datetime
import io
import zipfile
from xml.parsers import expat

from django.utils.translation import gettext as _

from .spreadsheets import SpreadsheetError

MAX_ROWS = 50_000
MAX_COLUMNS = 256
CELL_MAX_CHARACTERS = 32_767
TEXT_MAX_CHARACTERS = 16 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000
# Every element of the sheet costs a call, a cell with a value a place in memory.
MAX_SHEET_ELEMENTS = 1_500_000
MAX_CELLS = 500_000
MAX_STYLES = 65_536
MAX_MEMBERS = 10_000
UNPACKED_MAX_BYTES = 64 * 1024 * 1024
CHUNK_BYTES = 64 * 1024

_RELATIONSHIPS = "xl/_rels/workbook.xml.rels"
_BUILTIN_DATE_FORMATS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57}


class _Stop(Exception):
    """Raised inside an expat handler to stop reading at once; carries the refusal."""

    def __init__(self, refusal):
        super().__init__(str(refusal))
        self.refusal = refusal


def _unreadable():
    return SpreadsheetError(_("This file is not a readable XLSX spreadsheet."))


def _too_large():
    return SpreadsheetError(_("This spreadsheet is too large to be read; split it into smaller files."))


def _local(name):
    """An element's or attribute's name without its prefix ("x:row" -> "row")."""
    return name.rsplit(":", 1)[-1]


def _parse(archive, member, start=None, end=None, text=None):
    """Feed one member of the archive to expat, in chunks. Handlers get names as written: the
    sheet's are unprefixed in every file Excel, LibreOffice or a library writes, and a prefixed
    one is reduced to its local name (namespace processing would cost every element a call more)."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = CHUNK_BYTES

    def no_doctype(*_args):
        raise _Stop(_unreadable())

    parser.StartDoctypeDeclHandler = no_doctype
    parser.EntityDeclHandler = no_doctype
    if start:
        parser.StartElementHandler = start
    if end:
        parser.EndElementHandler = end
    if text:
        parser.CharacterDataHandler = text
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Stop as stop:
        raise stop.refusal from None
    except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as error:
        raise _unreadable() from error


def _attribute(attributes, name):
    for key, value in attributes.items():
        if _local(key) == name:
            return value
    return None


class _Text:
    """Characters collected for one cell or shared string, counted against both caps as they come."""

    def __init__(self):
        self.total = 0
        self.parts = []
        self.length = 0

    def add(self, data):
        self.length += len(data)
        self.total += len(data)
        if self.length > CELL_MAX_CHARACTERS:
            raise _Stop(
                SpreadsheetError(
                    _("A cell holds more than %(count)s characters, the most a spreadsheet cell can hold.")
                    % {"count": f"{CELL_MAX_CHARACTERS:,}"}
                )
            )
        if self.total > TEXT_MAX_CHARACTERS:
            raise _Stop(_too_large())
        self.parts.append(data)

    def take(self):
        value = "".join(self.parts)
        self.parts = []
        self.length = 0
        return value


def _column_index(reference):
    """ "C12" -> 2; None for a reference that is not one. Bounded: at most three letters count."""
    index = 0
    for position, character in enumerate(reference):
        if "A" <= character <= "Z":
            if position >= 3:
                return MAX_COLUMNS  # beyond any column a spreadsheet program has
            index = index * 26 + ord(character) - 64
        else:
            break
    return index - 1 if index else None


def _row_number(value):
    return int(value) if value and value.isdigit() and len(value) <= 7 else None


class _Workbook:
    def __init__(self, content):
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(content))
            members = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise _unreadable() from error
        if len(members) > MAX_MEMBERS or sum(member.file_size for member in members) > UNPACKED_MAX_BYTES:
            raise _too_large()
        self.names = {member.filename for member in members}
        self.text = _Text()
        self.date1904 = False

    def first_sheet_and_parts(self):
        sheets = []

        def workbook_start(name, attributes):
            name = _local(name)
            if name == "sheet" and len(sheets) < 1:
                sheets.append(_attribute(attributes, "id"))
            elif name == "workbookPr":
                self.date1904 = _attribute(attributes, "date1904") in {"1", "true"}

        _parse(self.archive, self._member("xl/workbook.xml"), start=workbook_start)
        targets = {}
        kinds = {}

        def relationship_start(name, attributes):
            name = _local(name)
            if name == "Relationship" and len(targets) < MAX_MEMBERS:
                target = attributes.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                targets[attributes.get("Id")] = target
                kinds[attributes.get("Type", "").rsplit("/", 1)[-1]] = target

        _parse(self.archive, self._member(_RELATIONSHIPS), start=relationship_start)
        if not sheets or sheets[0] not in targets:
            raise _unreadable()
        return targets[sheets[0]], kinds.get("sharedStrings"), kinds.get("styles")

    def _member(self, name):
        if name not in self.names:
            raise _unreadable()
        return name

    def shared_strings(self, member):
        strings = []
        if not member or member not in self.names:
            return strings
        state = {"in_text": False, "phonetic": 0}

        def start(name, _attributes):
            name = _local(name)
            if name == "t" and not state["phonetic"]:
                state["in_text"] = True
            elif name == "rPh":  # phonetic guides are not part of the text
                state["phonetic"] += 1
            elif name == "si" and len(strings) >= MAX_SHARED_STRINGS:
                raise _Stop(_too_large())

        def end(name):
            name = _local(name)
            if name == "t":
                state["in_text"] = False
            elif name == "rPh":
                state["phonetic"] -= 1
            elif name == "si":
                strings.append(self.text.take())

        def text(data):
            if state["in_text"]:
                self.text.add(data)

        _parse(self.archive, member, start=start, end=end, text=text)
        return strings

    def date_styles(self, member):
        """The indexes of the cell formats that show a number as a date or a time."""
        if not member or member not in self.names:
            return frozenset()
        from openpyxl.styles.numbers import is_date_format

        custom = {}
        formats = []
        state = {"in_cell_formats": False}

        def start(name, attributes):
            name = _local(name)
            if name == "numFmt" and len(custom) < MAX_STYLES:
                custom[_row_number(attributes.get("numFmtId"))] = attributes.get("formatCode", "")
            elif name == "cellXfs":
                state["in_cell_formats"] = True
            elif name == "xf" and state["in_cell_formats"]:
                if len(formats) >= MAX_STYLES:
                    raise _Stop(_too_large())
                formats.append(_row_number(attributes.get("numFmtId")) or 0)

        def end(name):
            if _local(name) == "cellXfs":
                state["in_cell_formats"] = False

        _parse(self.archive, member, start=start, end=end)
        return frozenset(
            index
            for index, number in enumerate(formats)
            if number in _BUILTIN_DATE_FORMATS or (number in custom and is_date_format(custom[number]))
        )


class _Sheet:
    """The handlers of one pass over the sheet's XML; completed rows go to `rows` as they end."""

    def __init__(self, book, strings, date_styles):
        self.book = book
        self.strings = strings
        self.date_styles = date_styles
        self.rows = []
        self.row = {}
        self.row_number = 0
        self.cell = None
        self.in_value = False
        self.phonetic = 0
        self.elements = 0
        self.cells = 0
        self.next_column = 0

    def start(self, name, attributes):
        self.elements += 1
        if self.elements > MAX_SHEET_ELEMENTS:
            raise _Stop(_too_large())
        if ":" in name:
            name = _local(name)
        if name == "c":
            reference = attributes.get("r")
            column = _column_index(reference) if reference else None
            column = self.next_column if column is None else column
            self.next_column = column + 1
            self.cell = {
                "column": column,
                "type": attributes.get("t", "n"),
                "style": _row_number(attributes.get("s")),
            }
        elif name == "row":
            number = _row_number(attributes.get("r"))
            self.row_number = number if number is not None else self.row_number + 1
            self.row = {}
            self.next_column = 0
        elif name in ("v", "t") and self.cell is not None and not self.phonetic:
            self.in_value = True
        elif name == "rPh":
            self.phonetic += 1

    def text(self, data):
        if self.in_value:
            self.book.text.add(data)

    def end(self, name):
        if ":" in name:
            name = _local(name)
        if name == "c":
            if self.cell is not None:
                self._end_cell(self.book.text.take())
        elif name in ("v", "t"):
            self.in_value = False
        elif name == "rPh":
            self.phonetic -= 1
        elif name == "row":
            if self.row:
                if self.row_number > MAX_ROWS:
                    raise _Stop(
                        SpreadsheetError(
                            _("This spreadsheet has more than %(count)s rows; split it into smaller files.")
                            % {"count": f"{MAX_ROWS:,}"}
                        )
                    )
                width = max(self.row) + 1
                self.rows.append((self.row_number, [self.row.get(index) for index in range(width)]))
            self.row = {}

    def _end_cell(self, raw):
        cell, self.cell = self.cell, None
        if raw == "":
            return  # a styled empty cell, wherever it is
        if cell["column"] >= MAX_COLUMNS:
            raise _Stop(
                SpreadsheetError(
                    _("This spreadsheet has more than %(count)s columns; keep only the columns of the list.")
                    % {"count": MAX_COLUMNS}
                )
            )
        value = self._value(cell, raw)
        if value is not None and value != "":
            self.cells += 1
            if self.cells > MAX_CELLS:
                raise _Stop(_too_large())
            self.row[cell["column"]] = value

    def _value(self, cell, raw):
        kind = cell["type"]
        if kind == "s":
            index = _row_number(raw.strip())
            if index is None or index >= len(self.strings):
                raise _Stop(_unreadable())
            return self.strings[index]
        if kind in ("inlineStr", "str", "e"):
            return raw
        if kind == "b":
            return raw.strip() in {"1", "true"}
        if kind == "d":
            try:
                return datetime.datetime.fromisoformat(raw.strip())
            except ValueError:
                return raw
        return self._number(cell, raw.strip())

    def _number(self, cell, raw):
        try:
            number = float(raw) if any(mark in raw for mark in ".eE") or len(raw) > 20 else int(raw)
        except ValueError:
            return raw
        if cell["style"] in self.date_styles:
            from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

            try:
                return from_excel(number, CALENDAR_MAC_1904 if self.book.date1904 else CALENDAR_WINDOWS_1900)
            except (ValueError, OverflowError):
                return number
        return number


def xlsx_rows(content):
    """The rows of the first sheet that hold a value, as (line number, cells) in the file's order;
    cells are None where empty. Raises SpreadsheetError for a file it cannot or will not read."""
    book = _Workbook(content)
    sheet_member, strings_member, styles_member = book.first_sheet_and_parts()
    strings = book.shared_strings(strings_member)
    sheet = _Sheet(book, strings, book.date_styles(styles_member))
    _parse(book.archive, book._member(sheet_member), start=sheet.start, end=sheet.end, text=sheet.text)
    return sheet.rows
