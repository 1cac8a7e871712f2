import pytest

from alliance.conftest import Quiet
from alliance.networks.models import NationalNetwork
from alliance.prizes.models import PrizeEdition
from alliance.programmes.models import ProgrammeParticipation, ReportedTotal


@pytest.fixture
def everything(romact):
    from alliance.networks import demo as networks_demo
    from alliance.prizes import demo as prizes_demo

    networks_demo.load(Quiet())
    prizes_demo.load(Quiet())


def admin_urls():
    participation = ProgrammeParticipation.objects.get(authority__name="Vulcan")
    total = ReportedTotal.objects.get(municipalities=59)
    network = NationalNetwork.objects.get(slug="ukraine")
    edition = PrizeEdition.objects.get(year=2015)
    return [
        "/admin/snippets/programmes/programme/",
        "/admin/snippets/programmes/phase/",
        "/admin/snippets/programmes/programmeparticipation/",
        f"/admin/snippets/programmes/programmeparticipation/edit/{participation.pk}/",
        f"/admin/snippets/programmes/programmeparticipation/history/{participation.pk}/",
        "/admin/snippets/programmes/reportedtotal/",
        f"/admin/snippets/programmes/reportedtotal/edit/{total.pk}/",
        "/admin/snippets/networks/nationalnetwork/",
        f"/admin/snippets/networks/nationalnetwork/edit/{network.pk}/",
        "/admin/snippets/prizes/prizeedition/",
        f"/admin/snippets/prizes/prizeedition/edit/{edition.pk}/",
    ]


def test_the_secretariat_manages_everything_in_the_back_office(client, administrator, everything):
    client.force_login(administrator)
    for url in admin_urls():
        assert client.get(url).status_code == 200, url


def test_a_participation_form_shows_its_steps(client, administrator, everything):
    client.force_login(administrator)
    participation = ProgrammeParticipation.objects.get(authority__name="Vulcan")
    html = client.get(
        f"/admin/snippets/programmes/programmeparticipation/edit/{participation.pk}/"
    ).content.decode()
    assert "steps-0-reached_on" in html
    assert "2018-09-30" in html


def test_people_without_a_role_are_kept_out(client, outsider, everything):
    client.force_login(outsider)
    for url in admin_urls():
        assert client.get(url).status_code in (302, 403), url


def test_a_recorded_step_shows_in_the_history(client, administrator, romact):
    import datetime

    import time_machine

    from alliance.programmes.services import record_step

    participation = ProgrammeParticipation.objects.get(authority__name="Vulcan")
    with time_machine.travel("2024-05-01 12:00:00+00:00", tick=False):
        record_step(participation, "action-plan", datetime.date(2016, 5, 4), administrator)
    client.force_login(administrator)
    html = client.get(
        f"/admin/snippets/programmes/programmeparticipation/history/{participation.pk}/"
    ).content.decode()
    assert "Programme step recorded" in html
