"""Two moderators approving at the same moment never give the same accession number (PostgreSQL).

Deselect on SQLite with `-m "not postgres"`; the CI runs it against PostgreSQL (DATABASE_URL).
SQLite serialises writers through its IMMEDIATE transactions, so the race cannot happen there.
"""

import threading

import pytest
from django.db import connection, connections

from alliance.applications import services
from alliance.applications.models import JoinApplication, Status
from alliance.participants.models import Participation

from .factories import make_application

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

APPROVALS = 6


def test_simultaneous_approvals_get_distinct_accession_numbers(countries, moderator):
    assert connection.vendor == "postgresql", "run with DATABASE_URL pointing to PostgreSQL"
    applications = [
        make_application(countries["ME"], authority_name=f"Town {number}") for number in range(APPROVALS)
    ]
    barrier = threading.Barrier(APPROVALS)
    errors = []

    def approve(application):
        try:
            barrier.wait(timeout=30)
            services.approve(application, moderator)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(application,)) for application in applications]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    numbers = list(Participation.objects.values_list("accession_number", flat=True))
    assert sorted(numbers) == list(range(1, APPROVALS + 1))
    assert set(JoinApplication.objects.values_list("status", flat=True)) == {Status.APPROVED}
    assert sorted(JoinApplication.objects.values_list("accession_number", flat=True)) == sorted(numbers)
