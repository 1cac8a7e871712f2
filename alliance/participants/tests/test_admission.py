"""participants.services.admit: the one way an authority becomes a participant."""

import datetime

import pytest
from django.db import IntegrityError
from wagtail.models import ModelLogEntry

from alliance.authorities.models import Authority
from alliance.participants import services
from alliance.participants.counters import participant_count
from alliance.participants.models import Participation

pytestmark = pytest.mark.django_db
D = datetime.date


def test_an_admission_takes_the_next_accession_number_and_is_audited(make_participant, countries, moderator):
    make_participant("Tivat", "ME", accession=127)
    budva = Authority.objects.create(name="Budva", country=countries["ME"])
    participation = services.admit(budva, D(2026, 12, 1), user=moderator, source="application 7")
    assert participation.accession_number == 128
    [entry] = ModelLogEntry.objects.for_instance(participation).filter(action="participants.admit")
    assert entry.user_id == moderator.pk
    assert entry.data == {
        "authority": budva.pk,
        "accession_number": 128,
        "joined_on": "2026-12-01",
        "source": "application 7",
    }


def test_a_historical_record_keeps_its_own_number_and_dates(countries):
    sisli = Authority.objects.create(name="Şişli", country=countries["TR"])
    participation = services.admit(sisli, D(2017, 10, 19), accession_number=131, left_on=D(2020, 1, 1))
    assert (participation.accession_number, participation.left_on) == (131, D(2020, 1, 1))


def test_a_number_already_given_is_refused(make_participant, countries):
    make_participant("Tivat", "ME", accession=127)
    budva = Authority.objects.create(name="Budva", country=countries["ME"])
    with pytest.raises(IntegrityError):
        services.admit(budva, D(2026, 12, 1), accession_number=127)
    assert not Participation.objects.filter(authority=budva).exists()


def test_the_counter_counts_the_new_participant_at_once(countries):
    before = participant_count(D(2026, 12, 1)).participants
    services.admit(Authority.objects.create(name="Budva", country=countries["ME"]), D(2026, 12, 1))
    assert participant_count(D(2026, 12, 1)).participants == before + 1


def test_the_spreadsheet_import_admits_through_the_same_service(countries, tmp_path):
    from alliance.participants import importing

    rows = importing.read_rows(
        "name,country,accession number,joined on\nŞişli,TR,131,2017-10-19\n".encode(), "x.csv"
    )
    importing.run(rows, commit=True)
    participation = Participation.objects.get(accession_number=131)
    entry = ModelLogEntry.objects.for_instance(participation).get(action="participants.admit")
    assert entry.data["source"] == "spreadsheet"
