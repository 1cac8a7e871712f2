"""Import of the secretariat's historical list of signatories (CSV or XLSX), dry run first.

The old public table had three columns: No., Country (an English name) and Municipality/Region.
Optional columns Date, Name and Office are read when present. Each row is reported as created,
unchanged or rejected with its reason; nothing is written unless the import is committed, and
then everything is written in one transaction.
"""

import csv
import dataclasses
import datetime
import io

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.authorities.models import Country
from alliance.core.folding import fold

from . import counts
from .forms import match_authority
from .models import STANDING, Signature, Source, Status, authority_key

COLUMNS = {
    "no": "number",
    "no.": "number",
    "number": "number",
    "country": "country",
    "municipality/region": "authority",
    "municipality / region": "authority",
    "municipality or region": "authority",
    "municipality": "authority",
    "region": "authority",
    "authority": "authority",
    "date": "date",
    "signed on": "date",
    "name": "name",
    "signer": "name",
    "office": "office",
}


@dataclasses.dataclass
class RowReport:
    line: int
    outcome: str  # "created", "unchanged" or "rejected"
    country: str
    authority: str
    reason: str = ""


@dataclasses.dataclass
class ImportReport:
    rows: list
    committed: bool

    def count(self, outcome):
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def summary(self):
        return {outcome: self.count(outcome) for outcome in ("created", "unchanged", "rejected")}


class ImportFileError(Exception):
    pass


def read_table(name, content):
    """[(line number, {column: text})] from CSV (UTF-8 with or without BOM; comma or semicolon) or XLSX."""
    if name.lower().endswith(".xlsx"):
        return _read_xlsx(content)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    return _with_headers(rows)


def _read_xlsx(content):
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any unreadable workbook is the same problem for the user
        raise ImportFileError(_("This file is not a readable XLSX workbook.")) from error
    sheet = book.worksheets[0]
    rows = [["" if cell is None else cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    return _with_headers(rows)


def _with_headers(rows):
    if not rows:
        raise ImportFileError(_("The file is empty."))
    headers = [COLUMNS.get(str(cell).strip().lower().lstrip("\ufeff"), "") for cell in rows[0]]
    if "country" not in headers or "authority" not in headers:
        raise ImportFileError(_("The first row must name the columns Country and Municipality/Region."))
    table = []
    for line, row in enumerate(rows[1:], start=2):
        values = {}
        for header, cell in zip(headers, row, strict=False):
            if header:
                values[header] = cell
        if any(str(value).strip() for value in values.values()):
            table.append((line, values))
    return table


def _countries():
    found = {}
    for country in Country.objects.all():
        for name in (country.name_en, country.name_fr, country.code):
            found[fold(name)] = country
    # Names the old table used that differ from the ISO ones.
    for alias, code in {
        "turkey": "TR",
        "turkiye": "TR",
        "czech republic": "CZ",
        "republic of moldova": "MD",
        "moldova": "MD",
        "north macedonia": "MK",
        "the former yugoslav republic of macedonia": "MK",
        "russia": "RU",
        "united kingdom": "GB",
        "kosovo": "XK",
    }.items():
        country = next((c for c in found.values() if c.code == code), None)
        if country:
            found.setdefault(alias, country)
    return found


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def import_signatories(table, commit=False, user=None):
    """Check every row, and write them all (in one transaction) only if `commit`."""
    countries = _countries()
    reports = []
    seen = set()
    with transaction.atomic():
        for line, values in table:
            country_text = str(values.get("country", "")).strip()
            authority_text = " ".join(str(values.get("authority", "")).split())
            report = RowReport(line, "rejected", country_text, authority_text)
            reports.append(report)
            country = countries.get(fold(country_text))
            if not authority_text:
                report.reason = _("The municipality or region is missing.")
                continue
            if country is None:
                report.reason = _("Unknown country “%(country)s”: use its English name.") % {
                    "country": country_text
                }
                continue
            try:
                signed_on = _date(values.get("date"))
            except ValueError:
                report.reason = _("The date “%(date)s” is not a date (use YYYY-MM-DD).") % {
                    "date": values.get("date")
                }
                continue
            authority = match_authority(country.pk, authority_text)
            key = authority_key(authority.pk if authority else None, country.pk, authority_text)
            name = " ".join(str(values.get("name", "")).split())
            if (key, fold(name)) in seen:
                report.reason = _("This row repeats an earlier row of the file.")
                continue
            seen.add((key, fold(name)))
            existing = Signature.objects.filter(authority_key=key, status__in=STANDING)
            if existing.filter(signer_name_folded=fold(name)).exists() or (not name and existing.exists()):
                report.outcome = "unchanged"
                report.reason = _("Already in the list.")
                continue
            report.outcome = "created"
            if not authority:
                report.reason = _("Not in the registry yet: listed under the name given.")
            if commit:
                signature = Signature.objects.create(
                    signer_name=name,
                    office=str(values.get("office", "")).strip()[:200],
                    # The old list published no names; a moderator shows one once the signer agrees.
                    show_name=False,
                    authority=authority,
                    authority_name=authority.name if authority else authority_text[:200],
                    country=country,
                    level=authority.level if authority else "local",
                    status=Status.VERIFIED,
                    source=Source.IMPORT,
                    signed_on=signed_on,
                )
                log(signature, "declaration.import", user=user, data={"line": line})
        if commit and any(report.outcome == "created" for report in reports):
            counts.refresh_on_commit()
    return ImportReport(reports, committed=commit)
