"""What the privacy notice promises, the back office does: erasure on request, and retention periods.

An application, a cooperation proposal or a contact message is erased by the secretariat at its
sender's request, with its files, the emails about it and the personal data of its history; the
audit keeps only the fact. The periodic loop erases what has outlived its retention period, and the
privacy notice lists each period.
"""

import datetime

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from alliance.applications import services
from alliance.applications.models import (
    ContactMessage,
    CooperationProposal,
    JoinApplication,
    Status,
    Supplement,
)
from alliance.applications.storage import private_storage
from alliance.core.models import OutboundEmail

from .conftest import TINY_PDF, contact_data
from .factories import make_application, make_message, make_proposal

pytestmark = pytest.mark.django_db

PERSONAL = ("Ana Example", "ana@example.org", "Lea Example", "Marc Example", "marc@example.org")


def history_text(model, pk):
    entries = ModelLogEntry.objects.filter(content_type__model=model._meta.model_name, object_id=str(pk))
    return " ".join(f"{entry.label} {entry.data}" for entry in entries), entries


def test_an_administrator_erases_an_application_with_its_letters_emails_and_history(
    client, administrator, countries, django_capture_on_commit_callbacks
):
    application = make_application(countries["ME"])
    supplement = Supplement(application=application, text="Our council decided on 3 May.")
    supplement.letter.save("letter-2.pdf", ContentFile(TINY_PDF), save=False)
    supplement.save()
    letters = [application.letter.name, supplement.letter.name]
    assert all(private_storage().exists(name) for name in letters)
    log(application, "applications.submit", data={"message": "Ana Example asked"})
    OutboundEmail.objects.create(
        to="ana@example.org", subject="Confirm", body_text="Dear Ana Example", language="en", status="sent"
    )
    client.force_login(administrator)

    page = client.get(f"/admin/applications/join/delete/{application.pk}/")
    assert page.status_code == 200
    assert "cannot be undone" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the files go once the erasure commits
        response = client.post(f"/admin/applications/join/delete/{application.pk}/")

    assert response.status_code == 302
    assert not JoinApplication.objects.exists() and not Supplement.objects.exists()
    assert not any(private_storage().exists(name) for name in letters)
    assert not OutboundEmail.objects.filter(to="ana@example.org").exists()
    text, entries = history_text(JoinApplication, application.pk)
    assert not any(value in text for value in PERSONAL)
    erased = entries.get(action="applications.erase")
    assert erased.user_id == administrator.pk and erased.data == {"reason": "request"}


@pytest.mark.parametrize("kind", ["cooperation", "contact"])
def test_a_proposal_and_a_message_are_erased_the_same_way(client, administrator, countries, kind):
    record = make_proposal(countries["ME"]) if kind == "cooperation" else make_message()
    log(record, "applications.submit")
    client.force_login(administrator)
    response = client.post(f"/admin/applications/{kind}/delete/{record.pk}/")
    assert response.status_code == 302
    assert not type(record).objects.exists()
    text, entries = history_text(type(record), record.pk)
    assert entries.filter(action="applications.erase").exists()
    assert not any(value in text for value in PERSONAL)


def test_a_moderator_may_erase_and_an_editor_may_not(client, moderator, editor, countries):
    message = make_message()
    client.force_login(editor)
    client.post(f"/admin/applications/contact/delete/{message.pk}/")
    assert ContactMessage.objects.exists()
    client.force_login(moderator)
    client.post(f"/admin/applications/contact/delete/{message.pk}/")
    assert not ContactMessage.objects.exists()


def test_a_contact_message_and_its_emails_go_entirely(client, administrator):
    client.post("/en/contact/", contact_data())
    message = ContactMessage.objects.get()
    assert OutboundEmail.objects.count() == 2  # to the secretariat (reply to the sender), and the receipt
    services.erase(message, administrator)
    assert not OutboundEmail.objects.exists()


def test_an_erasure_that_fails_keeps_the_files(countries, monkeypatch):
    application = make_application(countries["ME"])

    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(services, "log", fail)
    with pytest.raises(RuntimeError):
        services.erase(application)
    assert JoinApplication.objects.exists()
    assert private_storage().exists(application.letter.name)


NOW = datetime.datetime(2030, 6, 1, 12, tzinfo=datetime.UTC)


def aged(record, days, field):
    type(record).objects.filter(pk=record.pk).update(**{field: NOW - datetime.timedelta(days=days)})


def test_the_periodic_loop_erases_what_outlived_its_retention(
    countries, settings, django_capture_on_commit_callbacks
):
    settings.PERSONAL_DATA_RETENTION_DAYS = {"unconfirmed": 30, "decided": 1095, "contact": 730}
    unconfirmed_old = make_application(countries["ME"], status=Status.UNCONFIRMED)
    unconfirmed_new = make_application(countries["ME"], status=Status.UNCONFIRMED, email="new@example.org")
    declined_old = make_proposal(countries["ME"], status=Status.REJECTED)
    waiting_for_years = make_proposal(countries["ME"], status=Status.PENDING)
    message_old, message_new = make_message(), make_message()
    aged(unconfirmed_old, 31, "submitted_at")
    aged(unconfirmed_new, 29, "submitted_at")
    aged(declined_old, 1096, "decided_at")
    aged(waiting_for_years, 3000, "submitted_at")
    aged(message_old, 731, "sent_at")
    aged(message_new, 100, "sent_at")
    letter = unconfirmed_old.letter.name

    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        call_command("run_periodic", "--once", verbosity=0)

    assert set(JoinApplication.objects.all()) == {unconfirmed_new}
    assert set(CooperationProposal.objects.all()) == {waiting_for_years}  # awaiting a decision: kept
    assert set(ContactMessage.objects.all()) == {message_new}
    assert not private_storage().exists(letter)
    erased = ModelLogEntry.objects.filter(action="applications.erase")
    assert erased.count() == 3 and all(entry.data == {"reason": "retention"} for entry in erased)


def test_sent_emails_are_deleted_after_their_retention(settings):
    settings.SENT_EMAIL_RETENTION_DAYS = 365
    old = OutboundEmail.objects.create(
        to="a@example.org", subject="s", body_text="t", language="en", status="sent"
    )
    queued = OutboundEmail.objects.create(to="b@example.org", subject="s", body_text="t", language="en")
    OutboundEmail.objects.filter(pk__in=[old.pk, queued.pk]).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )
    call_command("forget_sent_emails", verbosity=0)
    assert list(OutboundEmail.objects.all()) == [queued]  # not sent yet: never deleted unsent


def test_the_privacy_notice_lists_every_retention_period(settings):
    from django.utils import translation

    from alliance.site.privacy import retention_periods

    settings.PERSONAL_DATA_RETENTION_DAYS = {"unconfirmed": 30, "decided": 1095, "contact": 730}
    with translation.override("en"):
        rows = {row["data"]: row["period"] for row in retention_periods()}
    text = " ".join(f"{data}: {period}" for data, period in rows.items())
    assert "erased 3 years after the secretariat's decision" in text
    assert "erased 30 days after it was sent" in text
    assert "erased 2 years after it was sent" in text
    assert "deleted 365 days after sending" in text
    assert "IP address" in text  # the Declaration's own
    with translation.override("fr"):
        french = " ".join(f"{row['data']} {row['period']}" for row in retention_periods())
    assert "3 ans" in french and "30 jours" in french
