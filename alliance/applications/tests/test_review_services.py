"""The secretariat's decisions: approve (matching, accession number, counters), decline, ask for more."""

import datetime

import pytest
import time_machine
from wagtail.models import ModelLogEntry

from alliance.applications import announcements, services
from alliance.applications.matching import best_match, suggested_matches
from alliance.applications.models import Status
from alliance.authorities.models import Authority
from alliance.core.models import OutboundEmail
from alliance.participants import services as participants
from alliance.participants.counters import participant_count
from alliance.participants.models import Participation

from .factories import make_application, make_proposal

pytestmark = pytest.mark.django_db


def entries(obj, action):
    return list(ModelLogEntry.objects.for_instance(obj).filter(action=action))


@pytest.fixture
def tivat(countries):
    authority = Authority.objects.create(name="Tivat", country=countries["ME"], kind="municipality")
    Participation.objects.create(
        authority=authority, accession_number=127, joined_on=datetime.date(2015, 5, 6)
    )
    return authority


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC), tick=False)
def test_approval_creates_the_authority_and_gives_the_next_accession_number(countries, tivat, moderator):
    before = participant_count().participants
    application = make_application(countries["ME"], authority_name="Budva")
    services.approve(application, moderator, None, "Welcome!")
    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert application.accession_number == 128
    assert application.decided_by == moderator
    authority = application.authority
    assert (authority.name, authority.country.code, authority.population) == ("Budva", "ME", 27000)
    participation = Participation.objects.get(authority=authority)
    assert participation.accession_number == 128
    assert participation.joined_on == datetime.date(2026, 3, 2)
    # The counter changes at once, without waiting for the cache to expire.
    assert participant_count().participants == before + 1
    email = OutboundEmail.objects.get(template="applications/emails/approved")
    assert email.to == "ana@example.org"
    assert "128" in email.body_text and "Welcome!" in email.body_text
    [entry] = entries(application, "applications.approve")
    assert entry.user == moderator
    assert entry.data["from"] == "pending" and entry.data["to"] == "approved"
    assert entry.data["accession_number"] == 128 and entry.data["message"] == "Welcome!"


def test_approval_uses_the_registry_record_the_reviewer_picked(countries, moderator):
    registry = Authority.objects.create(name="Herceg-Novi", local_name="Херцег Нови", country=countries["ME"])
    application = make_application(countries["ME"], authority_name="herceg-novi")
    assert best_match(application) == registry
    services.approve(application, moderator, registry)
    application.refresh_from_db()
    assert application.authority == registry
    assert Authority.objects.filter(country=countries["ME"]).count() == 1


def test_matching_ignores_case_and_accents_but_not_the_country(countries):
    same = Authority.objects.create(name="Podgorica", country=countries["ME"])
    Authority.objects.create(name="Podgorica", country=countries["FR"])
    application = make_application(countries["ME"], authority_name="PODGORIČA")
    assert suggested_matches(application) == [same]


def test_an_authority_that_already_takes_part_cannot_join_twice(countries, tivat, moderator):
    application = make_application(countries["ME"], authority_name="Tivat")
    with pytest.raises(services.ReviewError):
        services.approve(application, moderator, tivat)
    application.refresh_from_db()
    assert application.status == Status.PENDING
    assert Participation.objects.count() == 1


def test_an_application_is_approved_only_once(countries, moderator):
    application = make_application(countries["ME"])
    services.approve(application, moderator)
    with pytest.raises(services.ReviewError):
        services.approve(application, moderator)
    assert Participation.objects.count() == 1


def test_an_unconfirmed_application_cannot_be_decided(countries, moderator):
    application = make_application(countries["ME"], status=Status.UNCONFIRMED)
    for decide in (
        lambda: services.approve(application, moderator),
        lambda: services.reject(application, moderator, "no"),
        lambda: services.ask_for_more(application, moderator, "?"),
    ):
        with pytest.raises(services.ReviewError):
            decide()
    assert Participation.objects.count() == 0


def test_numbers_follow_the_highest_ever_given_even_after_a_participant_left(countries, moderator):
    gone = Authority.objects.create(name="Gone", country=countries["FR"])
    Participation.objects.create(
        authority=gone,
        accession_number=40,
        joined_on=datetime.date(2014, 1, 1),
        left_on=datetime.date(2016, 1, 1),
    )
    first = make_application(countries["ME"], authority_name="Bar")
    second = make_application(countries["ME"], authority_name="Kotor")
    services.approve(first, moderator)
    services.approve(second, moderator)
    numbers = sorted(Participation.objects.values_list("accession_number", flat=True))
    assert numbers == [40, 41, 42]


def test_a_number_taken_outside_the_lock_is_skipped(countries, moderator, monkeypatch):
    Participation.objects.create(
        authority=Authority.objects.create(name="Old", country=countries["FR"]),
        accession_number=5,
        joined_on=datetime.date(2014, 1, 1),
    )
    calls = iter([5, 6])  # The first guess collides with the unique constraint.
    monkeypatch.setattr(participants, "next_accession_number", lambda: next(calls))
    application = make_application(countries["ME"])
    services.approve(application, moderator)
    application.refresh_from_db()
    assert application.accession_number == 6


def test_rejection_tells_the_sender_why_in_their_language(countries, moderator):
    proposal = make_proposal(countries["FR"], language="fr")
    services.reject(proposal, moderator, "Hors du champ de l'Alliance.")
    proposal.refresh_from_db()
    assert proposal.status == Status.REJECTED
    email = OutboundEmail.objects.get(template="applications/emails/declined")
    assert email.language == "fr" and "Hors du champ" in email.body_text
    [entry] = entries(proposal, "applications.reject")
    assert entry.data == {"from": "pending", "to": "rejected", "message": "Hors du champ de l'Alliance."}


def test_asking_for_more_sends_a_link_and_the_answer_reopens_the_review(countries, moderator):
    application = make_application(countries["ME"])
    services.ask_for_more(application, moderator, "Please send the council's decision.")
    application.refresh_from_db()
    assert application.status == Status.MORE_INFORMATION
    assert application.information_round == 1
    email = OutboundEmail.objects.get(template="applications/emails/more-information")
    assert "/en/join/more/" in email.body_text
    added = services.add_supplement(type(application), application.pk, 1, "Attached.", None)
    assert added.text == "Attached."
    application.refresh_from_db()
    assert application.status == Status.PENDING
    assert entries(application, "applications.supplement")
    # The same round cannot be answered twice.
    assert services.add_supplement(type(application), application.pk, 1, "Again", None) is None


def test_accepting_a_proposal_tells_the_organisation(countries, moderator):
    proposal = make_proposal(countries["FR"])
    services.accept_proposal(proposal, moderator, "")
    proposal.refresh_from_db()
    assert proposal.status == Status.APPROVED
    assert OutboundEmail.objects.filter(
        template="applications/emails/accepted", to="lea@example.org"
    ).exists()


def test_announcement_titles_in_both_languages(countries):
    authority = Authority(name="Budva", country=countries["ME"])
    participation = Participation(
        authority=authority, accession_number=131, joined_on=datetime.date(2026, 3, 2)
    )
    assert announcements.texts(authority, participation, "en")[0] == (
        "Budva becomes the 131st participant of the Alliance"
    )
    title_fr, body_fr = announcements.texts(authority, participation, "fr")
    assert title_fr == "Budva devient le 131e participant de l’Alliance"
    assert "Monténégro" in body_fr
    assert announcements.ordinal(112, "en") == "112th" and announcements.ordinal(1, "fr") == "1er"
