"""Volume data for benchmarks: many signatures, fast and the same for the same seed.

`create_signatures(count, seed, stdout)` is called by `manage.py create_volume --signatures N`.
On PostgreSQL the rows go in with COPY (a million in well under a minute); elsewhere bulk_create.
Every generated row has an address at volume.example.org, so a later run tops the set up to `count`
instead of adding another copy, and a person can tell these rows apart from real ones.
"""

import datetime
import io
import random

from django.db import connection, transaction

from alliance.authorities.models import Country
from alliance.core.folding import fold

from . import counters
from .models import Capacity, Signature, Source, Status, authority_key

DOMAIN = "volume.example.org"
FIRST = [
    "Ana",
    "Andrei",
    "Anna",
    "Bogdan",
    "Carla",
    "Dimitris",
    "Elena",
    "Emre",
    "Eva",
    "Ferenc",
    "Giulia",
    "Hana",
    "Ivan",
    "Jan",
    "Jelena",
    "Jonas",
    "Katarzyna",
    "Lars",
    "Lucía",
    "Marie",
    "Marko",
    "Mehmet",
    "Nina",
    "Olga",
    "Pablo",
    "Petra",
    "Rui",
    "Sofia",
    "Tomas",
    "Zeynep",
    "Ágnes",
    "Çağla",
    "Dóra",
    "Łukasz",
    "Øystein",
    "Şebnem",
    "Ülle",
    "Žan",
    "Ioana",
    "Kostas",
]
LAST = [
    "Novak",
    "Horvat",
    "Kovač",
    "Popescu",
    "Ionescu",
    "Nagy",
    "Szabó",
    "Papadopoulos",
    "Yılmaz",
    "Kaya",
    "García",
    "Martínez",
    "Rossi",
    "Russo",
    "Müller",
    "Schmidt",
    "Dubois",
    "Martin",
    "Nowak",
    "Kowalski",
    "Silva",
    "Santos",
    "Petrov",
    "Ivanova",
    "Jansen",
    "Peeters",
    "Hansen",
    "Nielsen",
    "Andersson",
    "Virtanen",
    "Murphy",
    "Smith",
    "Borg",
    "Gashi",
    "Hoxha",
    "Melnyk",
]
TOWN = ["Nova", "Stara", "Gornji", "Donji", "Saint", "Villa", "Kato", "Ano", "Nagy", "Kis", "Alt", "Neu"]
PLACE = ["brook", "hill", "field", "polje", "grad", "ville", "dorf", "sat", "köy", "mesto", "hora", "vár"]
OFFICES = ["Mayor", "Deputy Mayor", "Municipal Councillor", "Regional Councillor", "President of the Region"]
FIRST_DAY = datetime.date(2017, 3, 29)
SPAN_DAYS = (datetime.date(2026, 10, 31) - FIRST_DAY).days
PER_AUTHORITY = 4
BATCH = 20000


def _row(i, seed, country_ids):
    rng = random.Random(seed * 1_000_003 + i)
    town = i // PER_AUTHORITY
    country_id = country_ids[town % len(country_ids)]
    authority_name = f"{TOWN[town % len(TOWN)]} {PLACE[(town // len(TOWN)) % len(PLACE)]} {town}"
    # Four signers of one authority get first names from four separate quarters: never a duplicate.
    quarter = len(FIRST) // PER_AUTHORITY
    first = FIRST[(i % PER_AUTHORITY) * quarter + rng.randrange(quarter)]
    name = f"{first} {rng.choice(LAST)}"
    show = rng.random() < 0.7
    office = rng.choice(OFFICES)
    day = FIRST_DAY + datetime.timedelta(days=rng.randrange(SPAN_DAYS))
    created = datetime.datetime.combine(
        day, datetime.time(rng.randrange(24), rng.randrange(60)), datetime.UTC
    )
    roll = rng.random()
    status = Status.VERIFIED if roll < 0.96 else (Status.CONFIRMED if roll < 0.98 else Status.UNCONFIRMED)
    email = f"signer{i}@{DOMAIN}"
    return {
        "signer_name": name,
        "office": office,
        "party": "",
        "show_name": show,
        "capacity": Capacity.AUTHORITY if rng.random() < 0.6 else Capacity.PERSONAL,
        "authority_id": None,
        "authority_name": authority_name,
        "country_id": country_id,
        "level": "regional" if town % 17 == 0 else "local",
        "email": email,
        "status": status,
        "source": Source.ONLINE,
        "signed_on": day,
        "created_at": created,
        "confirmed_at": created if status != Status.UNCONFIRMED else None,
        "reviewed_at": created if status == Status.VERIFIED else None,
        "rejection_reason": "",
        "language": "fr" if rng.random() < 0.3 else "en",
        "ip_address": None,
        "ip_network": "",
        "email_domain": DOMAIN,
        "email_canonical": email,
        "signer_name_folded": fold(name),
        "authority_key": authority_key(None, country_id, authority_name),
        "authority_name_folded": fold(authority_name),
        "search_folded": fold(f"{authority_name} {name} {office}" if show else authority_name),
    }


def create_signatures(count, seed=1, stdout=None):
    """Top the volume signatures up to `count`; returns how many were created."""
    country_ids = list(Country.objects.filter(coe_member=True).order_by("code").values_list("pk", flat=True))
    if not country_ids:
        raise RuntimeError("no countries: run load_demo (or ensure_countries) first")
    existing = Signature.objects.filter(email_domain=DOMAIN).count()
    created = 0
    start = existing
    while start < count:
        stop = min(start + BATCH, count)
        rows = [_row(i, seed, country_ids) for i in range(start, stop)]
        with transaction.atomic():
            if connection.vendor == "postgresql":
                _copy(rows)
            else:
                Signature.objects.bulk_create([Signature(**row) for row in rows], batch_size=2000)
        created += len(rows)
        start = stop
        if stdout is not None:
            stdout.write(f"signatures: {start}/{count}")
    if created:
        counters.warm_on_commit()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # VACUUM sets the visibility map, so the counts are read from the index alone. It
                # cannot run inside a transaction (a caller's, or a test's): then statistics only.
                verb = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                cursor.execute(f"{verb} declaration_signature")
    return created


def _copy(rows):
    columns = list(rows[0])
    buffer = io.StringIO()
    for row in rows:
        buffer.write("\t".join(_copy_value(row[c]) for c in columns) + "\n")
    buffer.seek(0)
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY declaration_signature ({', '.join(columns)}) FROM STDIN") as copy:
            copy.write(buffer.getvalue())


def _copy_value(value):
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value).replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
