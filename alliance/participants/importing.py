"""Import of the secretariat's spreadsheets of authorities (and their accession, when given).

A file is read by the spreadsheet reader every import shares, then checked row by row:
each row is created, updated, left unchanged or rejected with its reasons. The import writes in
short batches of rows (see `core/spreadsheets.py`), so that a long file never keeps the rest of
the site waiting; a dry run rolls each batch back, so what the report announces is exactly what a
commit would write.
"""

import datetime
import re

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.authorities.models import Authority, Country, Kind, Level
from alliance.core.folding import fold
from alliance.core.spreadsheets import ImportReport, RowReport, clip, in_batches, read_records

from . import services
from .models import Participation

# Spellings of each column heading that the secretariat's spreadsheets use, after folding.
HEADINGS = {
    "name": ["name", "official name", "authority", "nom", "nom officiel"],
    "local_name": ["local name", "name in the local language", "nom local"],
    "country": ["country", "pays", "country code", "code pays"],
    "level": ["level", "niveau"],
    "kind": ["kind", "type", "nature"],
    "subdivision_code": ["subdivision", "subdivision code", "iso 3166-2"],
    "population": ["population"],
    "latitude": ["latitude", "lat"],
    "longitude": ["longitude", "lon", "lng"],
    "website": ["website", "site", "site web", "url"],
    "accession_number": ["accession number", "accession", "accession no.", "no.", "numero d'adhesion"],
    "joined_on": ["joined on", "joined", "date joined", "date d'adhesion"],
    "left_on": ["left on", "left", "date left", "date de depart"],
}
LEVELS = {
    "local": Level.LOCAL,
    "locale": Level.LOCAL,
    "regional": Level.REGIONAL,
    "regionale": Level.REGIONAL,
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
AUTHORITY_FIELDS = [
    "local_name",
    "level",
    "kind",
    "subdivision_code",
    "population",
    "latitude",
    "longitude",
    "website",
]


REQUIRED = {"name": "name", "country": "country"}


def read_rows(content, filename=""):
    """The rows of a CSV or XLSX file (see `core/spreadsheets.py`), as `Record`s."""
    return read_records(content, filename, HEADINGS, REQUIRED)


def _date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(str(value).strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


def _number(value, kind):
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if kind is int and not float(value).is_integer():
            raise ValueError(value)
        return kind(value)
    text = str(value).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if kind is int:
        # 14111, 14 111, 14,111 and 14.111 are all the same population.
        if re.fullmatch(r"\d{1,3}([.,']\d{3})+", text):
            text = re.sub(r"[.,']", "", text)
        return int(text)
    return float(text.replace(",", "."))


def _kind(value):
    wanted = fold(value)
    for choice, label in Kind.choices:
        if wanted in (choice, fold(choice.replace("-", " ")), fold(str(label))):
            return choice
    raise ValueError(value)


def _column(field):
    """The column's name as the secretariat reads it: the field's label, in their language."""
    model = Participation if field in ("accession_number", "joined_on", "left_on") else Authority
    return str(model._meta.get_field(field).verbose_name)


def _check(row, line, countries_seen, accessions_seen):
    """The cleaned values of a row and the reasons to reject it (an empty list when it is fine)."""
    errors = []
    clean = {"name": row.get("name") or ""}
    if not clean["name"]:
        errors.append(_("The name is missing."))
    clean["country"] = Country.objects.lookup(str(row.get("country") or ""))
    if clean["country"] is None:
        errors.append(_("Unknown country “%(value)s”.") % {"value": clip(row.get("country") or "")})
    for field in ("local_name", "subdivision_code", "website"):
        if field in row:
            clean[field] = str(row.get(field) or "")
    if row.get("level"):
        clean["level"] = LEVELS.get(fold(row["level"]))
        if clean["level"] is None:
            errors.append(_("Unknown level “%(value)s”: local or regional.") % {"value": clip(row["level"])})
    if row.get("kind"):
        try:
            clean["kind"] = _kind(row["kind"])
        except ValueError:
            errors.append(_("Unknown kind “%(value)s”.") % {"value": clip(row["kind"])})
    for field, kind in (
        ("population", int),
        ("latitude", float),
        ("longitude", float),
        ("accession_number", int),
    ):
        if row.get(field) not in (None, ""):
            try:
                clean[field] = _number(row[field], kind)
            except ValueError:
                errors.append(
                    _("“%(value)s” is not a number (%(column)s).")
                    % {"value": clip(row[field]), "column": _column(field)}
                )
    if clean.get("latitude") is not None and not -90 <= clean["latitude"] <= 90:
        errors.append(_("The latitude must lie between -90 and 90."))
    if clean.get("longitude") is not None and not -180 <= clean["longitude"] <= 180:
        errors.append(_("The longitude must lie between -180 and 180."))
    for field in ("joined_on", "left_on"):
        try:
            clean[field] = _date(row.get(field))
        except ValueError:
            errors.append(
                _("Bad date “%(value)s” (%(column)s): write it as 2015-06-24 or 24/06/2015.")
                % {"value": clip(row[field]), "column": _column(field)}
            )
    if clean.get("left_on") and clean.get("joined_on") and clean["left_on"] < clean["joined_on"]:
        errors.append(_("The date it left comes before the date it joined."))
    if (clean.get("accession_number") is None) != (clean.get("joined_on") is None) and not errors:
        errors.append(_("An accession number and a date joined go together: give both or neither."))
    if clean["name"] and clean["country"] is not None:
        # An authority is found by its official or its local name: a row naming an earlier row's
        # authority by either is a duplicate, so that no row depends on another.
        keys = {
            (fold(name), clean["country"].pk) for name in (clean["name"], clean.get("local_name")) if name
        }
        earlier = sorted(countries_seen[key] for key in keys if key in countries_seen)
        if earlier:
            errors.append(_("Duplicate of line %(line)s.") % {"line": earlier[0]})
        else:
            countries_seen.update(dict.fromkeys(keys, line))
    accession = clean.get("accession_number")
    if accession is not None:
        if accession in accessions_seen:
            errors.append(
                _("Duplicate accession number %(number)s (also on line %(line)s).")
                % {"number": accession, "line": accessions_seen[accession]}
            )
        else:
            accessions_seen[accession] = line
    return clean, errors


def _existing(clean):
    return Authority.objects.named(clean["name"], clean["country"]).order_by("pk").first()


def _apply(clean, user):
    """Creates or updates the authority (and participation) of a valid row; returns status and notes."""
    authority = _existing(clean)
    values = {field: clean[field] for field in AUTHORITY_FIELDS if clean.get(field) not in (None, "")}
    notes = []
    if authority is None:
        authority = Authority.objects.create(name=clean["name"], country=clean["country"], **values)
        log(authority, "participants.import", user=user, data={"created": True})
        status = "created"
    else:
        changed = [field for field, value in values.items() if getattr(authority, field) != value]
        for field in changed:
            setattr(authority, field, values[field])
        if changed:
            authority.save()
            log(authority, "participants.import", user=user, data={"fields": changed})
            notes.append(_("Changes: %(fields)s.") % {"fields": ", ".join(changed)})
        status = "updated" if changed else "unchanged"
    accession = clean.get("accession_number")
    if accession is not None:
        taken = Participation.objects.filter(accession_number=accession).exclude(authority=authority).first()
        if taken is not None:
            raise _Rejected(
                _("Duplicate: accession number %(number)s already belongs to %(name)s.")
                % {"number": accession, "name": taken.authority.name}
            )
        participation = Participation.objects.filter(accession_number=accession).first()
        dates = {"joined_on": clean["joined_on"], "left_on": clean.get("left_on")}
        if participation is None:
            participation = services.admit(
                authority, accession_number=accession, user=user, source="spreadsheet", **dates
            )
            notes.append(
                _("Participant No. %(number)s from %(day)s.")
                % {"number": accession, "day": dates["joined_on"]}
            )
            status = "created" if status == "created" else "updated"
        elif (participation.joined_on, participation.left_on) != (dates["joined_on"], dates["left_on"]):
            participation.joined_on, participation.left_on = dates["joined_on"], dates["left_on"]
            participation.save()
            log(participation, "participants.import", user=user, data={"fields": ["joined_on", "left_on"]})
            notes.append(_("Dates of participation No. %(number)s changed.") % {"number": accession})
            status = "updated" if status == "unchanged" else status
    return status, notes


class _Rejected(Exception):
    pass


def run(rows, *, commit=False, user=None, progress=None):
    """Check and apply every row, in short batches (`core.spreadsheets.in_batches`), each rolled
    back unless `commit`: a dry run reports exactly what a commit would write.

    Rows never depend on one another (the file's duplicates are refused), so batches may be
    written apart. A failure midway raises `ImportStopped`: the batches before it are written, and
    the same file run again writes the rest. `progress(done, total)`, when given, is called after
    each row (a long file takes a while).
    """
    results = []
    names_seen, accessions_seen = {}, {}

    def apply(row):
        line = row.line
        clean, errors = _check(row, line, names_seen, accessions_seen)
        label = clean["country"].code if clean["country"] is not None else str(row.get("country") or "")
        if not errors:
            try:
                with transaction.atomic():
                    status, notes = _apply(clean, user)
            except _Rejected as rejection:
                errors = [str(rejection)]
        if errors:
            results.append(RowReport(line, "rejected", clean["name"], label, errors))
        else:
            results.append(RowReport(line, status, clean["name"], label, notes))
        if progress is not None:
            progress(len(results), len(rows))

    in_batches(rows, apply, commit=commit)
    return ImportReport(results, committed=commit)
