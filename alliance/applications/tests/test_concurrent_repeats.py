"""The same message sent from several fresh pages at the same moment is stored once (PostgreSQL).

Each request carries its own token, so only the content's key, claimed under the unique constraint
of accepted forms, can tell them apart. Deselect on SQLite with `-m "not postgres"`; SQLite
serialises writers through its IMMEDIATE transactions, so the race cannot happen there.
"""

import datetime
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.utils import timezone

from alliance.applications.models import ContactMessage
from alliance.core.models import AcceptedForm, OutboundEmail

from .conftest import contact_data

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SENDERS = 5


def send_together(pages):
    barrier = threading.Barrier(len(pages))
    statuses, errors = [], []

    def send(data):
        try:
            barrier.wait(timeout=30)
            statuses.append(Client().post("/en/contact/", data).status_code)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(data,)) for data in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return sorted(statuses)


def test_the_same_message_from_fresh_pages_at_once_is_stored_once(site_shell):
    assert connection.vendor == "postgresql", "run with DATABASE_URL pointing to PostgreSQL"
    statuses = send_together([contact_data() for _page in range(SENDERS)])
    assert statuses == [200] * (SENDERS - 1) + [302]
    assert ContactMessage.objects.count() == 1
    assert OutboundEmail.objects.count() == 2


def test_an_old_claim_is_taken_over_by_one_submission_only(site_shell, settings):
    assert connection.vendor == "postgresql", "run with DATABASE_URL pointing to PostgreSQL"
    Client().post("/en/contact/", contact_data())
    AcceptedForm.objects.update(
        accepted_at=timezone.now() - datetime.timedelta(seconds=settings.FORM_REPEAT_WINDOW + 60)
    )
    send_together([contact_data() for _page in range(SENDERS - 1)])
    assert ContactMessage.objects.count() == 2
