"""Import of the secretariat's historical list of signatories (CSV or XLSX), dry run first.

The old public table had three columns: No., Country (an English name) and Municipality/Region.
The file is read by the spreadsheet reader every import shares; countries are found the way the
registry finds them (English or French name, ISO code, the old names).
Optional columns Date, Name and Office are read when present. Each row is reported as created,
unchanged or rejected with its reason; nothing is written unless the import is committed, and
then the new rows are written in short batches (see `core/spreadsheets.py`).
"""

import datetime

from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.authorities.models import Country
from alliance.core.folding import fold
from alliance.core.spreadsheets import ImportReport, RowReport, clip, in_batches, read_records

from . import counters
from .forms import match_authority
from .models import STANDING, Signature, Source, Status, authority_key

# Spellings of each column heading, after folding (case and accents aside).
HEADINGS = {
    "number": ["no", "no.", "number"],
    "country": ["country"],
    "authority": [
        "municipality/region",
        "municipality / region",
        "municipality or region",
        "municipality",
        "region",
        "authority",
    ],
    "date": ["date", "signed on"],
    "name": ["name", "signer"],
    "office": ["office"],
}
REQUIRED = {"country": "Country", "authority": "Municipality/Region"}
OUTCOMES = ("created", "unchanged", "rejected")


def read_rows(content, filename=""):
    """The rows of a CSV or XLSX file (see `core/spreadsheets.py`), as `Record`s."""
    return read_records(content, filename, HEADINGS, REQUIRED)


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


def import_signatories(rows, commit=False, user=None, progress=None):
    """Check every row, and write the new ones only if `commit`, in short batches
    (`core.spreadsheets.in_batches`). A failure midway raises `ImportStopped`: the batches before
    it are written, and the same file run again writes the rest (the rows written are then
    "Already in the list").

    `progress(done, total)`, when given, is called after each row.
    """
    countries = {}
    reports = []
    seen = set()

    def apply(values):
        line = values.line
        country_text = str(values.get("country", "")).strip()
        authority_text = " ".join(str(values.get("authority", "")).split())
        report = RowReport(line, "rejected", authority_text, country_text)
        reports.append(report)
        if progress is not None:
            progress(len(reports), len(rows))
        if country_text not in countries:
            countries[country_text] = Country.objects.lookup(country_text)
        country = countries[country_text]
        if not authority_text:
            report.messages.append(_("The municipality or region is missing."))
            return
        if country is None:
            report.messages.append(
                _("Unknown country “%(country)s”: use its English name.") % {"country": clip(country_text)}
            )
            return
        try:
            signed_on = _date(values.get("date"))
        except ValueError:
            report.messages.append(
                _("The date “%(date)s” is not a date (use YYYY-MM-DD).") % {"date": clip(values.get("date"))}
            )
            return
        authority = match_authority(country.pk, authority_text)
        key = authority_key(authority.pk if authority else None, country.pk, authority_text)
        name = " ".join(str(values.get("name", "")).split())
        if (key, fold(name)) in seen:
            report.messages.append(_("This row repeats an earlier row of the file."))
            return
        seen.add((key, fold(name)))
        existing = Signature.objects.filter(authority_key=key, status__in=STANDING)
        if existing.filter(signer_name_folded=fold(name)).exists() or (not name and existing.exists()):
            report.outcome = "unchanged"
            report.messages.append(_("Already in the list."))
            return
        report.outcome = "created"
        if not authority:
            report.messages.append(_("Not in the registry yet: listed under the name given."))
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

    in_batches(rows, apply, commit=commit)
    if commit and any(report.outcome == "created" for report in reports):
        counters.warm_on_commit()
    return ImportReport(reports, committed=commit, outcomes=OUTCOMES)
