"""`manage.py load_demo` builds the bilingual demo site and can run again without duplicating."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.models import Page

from alliance.participants.counters import participant_count
from alliance.participants.models import Participation
from alliance.site.models import HomePage, TerminologyNote

pytestmark = pytest.mark.django_db


def test_load_demo_builds_the_site_once(settings):
    settings.DEMO_ADMIN_PASSWORD = "a-demo-password-for-tests"
    call_command("load_demo", verbosity=0)
    counts = (Page.objects.count(), Participation.objects.count(), TerminologyNote.objects.count())
    call_command("load_demo", verbosity=0)
    assert (Page.objects.count(), Participation.objects.count(), TerminologyNote.objects.count()) == counts
    assert HomePage.objects.count() == 2
    assert {note.locale.language_code for note in TerminologyNote.objects.all()} == {"en", "fr"}


def test_the_demo_counter_follows_the_alliances_history(settings):
    call_command("load_demo", verbosity=0)
    assert participant_count(datetime.date(2013, 6, 30)).participants == 120
    assert participant_count(datetime.date(2014, 3, 24)).participants == 122
    assert participant_count(datetime.date(2015, 5, 6)).participants == 127
    assert participant_count(datetime.date(2015, 6, 24)).participants == 129
    final = participant_count(datetime.date(2016, 1, 1))
    assert (final.participants, final.countries) == (130, 29)
    assert (
        Participation.objects.get(accession_number=130).authority.name
        == "Metropolitan City of Reggio Calabria"
    )


def test_the_demo_administrator_exists_only_with_a_password(settings, django_user_model):
    settings.DEMO_ADMIN_PASSWORD = ""
    call_command("load_demo", verbosity=0)
    assert not django_user_model.objects.filter(username="admin").exists()
