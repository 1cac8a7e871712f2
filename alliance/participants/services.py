"""State changes of participations: an authority admitted to the Alliance.

Whatever triggers it (the approval of an application, the secretariat's spreadsheet), an admission
runs the same way: the lock on participations, the next accession number (or the one the record
gives), the participation, its audit entry. The counters follow by themselves: a database trigger
moves the registry's generation (core/generations.py).
"""

import datetime
import logging

from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from wagtail.log_actions import log

from .models import Participation

logger = logging.getLogger(__name__)


def lock_participations():
    """Lock the participation table against other writers until the transaction ends.

    On PostgreSQL the lock is explicit (it conflicts with itself, so admissions queue, while readers
    go on); SQLite's IMMEDIATE transactions already serialise every writer.
    """
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(Participation._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")  # noqa: S608


def next_accession_number():
    """The number after the highest ever given, read under the lock that other admissions wait for.

    The unique constraint on the accession number remains the last guard (see admit).
    """
    lock_participations()
    highest = Participation.objects.aggregate(highest=Max("accession_number"))["highest"]
    return (highest or 0) + 1


def admit(
    authority,
    joined_on: datetime.date,
    *,
    accession_number=None,
    left_on=None,
    user=None,
    source="",
    attempts=5,
):
    """The authority's participation from `joined_on`, under the next accession number or the one
    given (a historical record); in one transaction, audited. Raises IntegrityError when the given
    number is taken."""
    with transaction.atomic():
        lock_participations()
        if accession_number is not None:
            participation = Participation.objects.create(
                authority=authority, accession_number=accession_number, joined_on=joined_on, left_on=left_on
            )
        else:
            participation = _under_the_next_number(authority, joined_on, left_on, attempts)
        log(
            participation,
            "participants.admit",
            user=user,
            data={
                "authority": authority.pk,
                "accession_number": participation.accession_number,
                "joined_on": joined_on.isoformat(),
                "source": source,
            },
        )
    return participation


def _under_the_next_number(authority, joined_on, left_on, attempts):
    for attempt in range(attempts):
        number = next_accession_number()
        try:
            with transaction.atomic():
                return Participation.objects.create(
                    authority=authority, accession_number=number, joined_on=joined_on, left_on=left_on
                )
        except IntegrityError:
            # Someone took the number outside the lock (the admin); take the next one.
            logger.warning("Accession number %s was taken; retrying (attempt %s)", number, attempt + 1)
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")
