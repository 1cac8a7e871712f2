import datetime

from django.template.loader import render_to_string
from django.test import RequestFactory

from alliance.authorities.models import Authority
from alliance.participants.models import Participation
from alliance.participants.profile_sections import directory_filters, sections_for


def test_a_participant_in_romact_shows_its_steps_on_its_profile(romact):
    vulcan = Authority.objects.get(name="Vulcan")
    request = RequestFactory().get("/en/participants/vulcan/")
    section = next(
        s for s in sections_for(vulcan, request) if s["template"] == "programmes/profile_section.html"
    )
    html = render_to_string(section["template"], section["context"])
    assert 'href="/en/programmes/romact/"' in html
    assert "Projects funded: by September 2018" in html


def test_the_profile_page_shows_the_programme(client, romact):
    vulcan = Authority.objects.get(name="Vulcan")
    Participation.objects.create(authority=vulcan, accession_number=500, joined_on=datetime.date(2015, 1, 1))
    html = client.get(f"/en/participants/{vulcan.slug}/").content.decode()
    assert "Phase 2014–2018" in html


def test_an_authority_outside_the_programmes_gets_no_section(romact):
    ghent = Authority.objects.create(name="Nowhere", country=Authority.objects.first().country)
    request = RequestFactory().get("/")
    assert not [s for s in sections_for(ghent, request) if s["template"] == "programmes/profile_section.html"]


def test_the_directory_can_filter_by_programme(romact):
    programme_filter = next(f for f in directory_filters() if f["name"] == "programme")
    assert ("romact", "ROMACT") in programme_filter["choices"]()
    found = programme_filter["apply"](Authority.objects.all(), "romact")
    assert found.count() == 41
    assert programme_filter["apply"](Authority.objects.all(), "romed").count() == 0
