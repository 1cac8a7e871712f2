import datetime

import pytest
from wagtail.models import ModelLogEntry

from alliance.authorities.models import Authority, Country
from alliance.participants.models import Participation
from alliance.participants.wagtail_hooks import NoDeletionPolicy


@pytest.fixture
def tivat(make_participant):
    return make_participant("Tivat", "ME", joined_on=datetime.date(2015, 5, 6), accession=127)


def test_the_participations_list_and_filters(client, administrator, tivat, make_participant):
    make_participant("Lyon", "FR")
    client.force_login(administrator)
    html = client.get("/admin/participations/").content.decode()
    assert "Tivat" in html and "Lyon" in html
    html = client.get(
        "/admin/participations/", {"authority__country": Country.objects.get(code="ME").pk}
    ).content.decode()
    assert "Tivat" in html and "Lyon" not in html


def test_a_participant_leaves_by_an_end_date_and_it_is_logged(client, administrator, tivat):
    client.force_login(administrator)
    response = client.post(
        f"/admin/participations/edit/{tivat.pk}/",
        {
            "authority": tivat.authority.pk,
            "accession_number": 127,
            "joined_on": "2015-05-06",
            "left_on": "2020-01-01",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    tivat.refresh_from_db()
    assert tivat.left_on == datetime.date(2020, 1, 1)
    actions = set(ModelLogEntry.objects.for_instance(tivat).values_list("action", flat=True))
    assert {"wagtail.edit", "participants.leave"} <= actions
    html = client.get(f"/admin/participations/history/{tivat.pk}/").content.decode()
    assert "Left the Alliance" in html


def test_a_new_participation_is_logged(client, administrator, countries):
    authority = Authority.objects.create(name="Lyon", country=Country.objects.get(code="FR"))
    client.force_login(administrator)
    response = client.post(
        "/admin/participations/new/",
        {"authority": authority.pk, "accession_number": 200, "joined_on": "2024-01-01", "left_on": ""},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    participation = Participation.objects.get(accession_number=200)
    assert list(ModelLogEntry.objects.for_instance(participation).values_list("action", flat=True)) == [
        "wagtail.create"
    ]


def test_leaving_before_joining_is_refused_with_a_message(client, administrator, tivat):
    client.force_login(administrator)
    response = client.post(
        f"/admin/participations/edit/{tivat.pk}/",
        {
            "authority": tivat.authority.pk,
            "accession_number": 127,
            "joined_on": "2015-05-06",
            "left_on": "2010-01-01",
        },
    )
    assert response.status_code == 200
    tivat.refresh_from_db()
    assert tivat.left_on is None


def test_nobody_may_delete_a_participation(client, administrator, tivat):
    assert NoDeletionPolicy(Participation).user_has_permission(administrator, "delete") is False
    client.force_login(administrator)
    # Wagtail answers a refused permission by sending the user back to the dashboard.
    assert client.get(f"/admin/participations/delete/{tivat.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/participations/delete/{tivat.pk}/").status_code in (302, 403)
    assert Participation.objects.filter(pk=tivat.pk).exists()
    assert (
        f"/admin/participations/delete/{tivat.pk}/"
        not in client.get(f"/admin/participations/edit/{tivat.pk}/").content.decode()
    )


def test_the_import_screen_checks_then_writes(client, administrator, countries):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(administrator)
    assert client.get("/admin/registry/import/").status_code == 200
    upload = SimpleUploadedFile("list.csv", "\ufeffname;country\nKorçë;Albanie\nAtlantis;Atlantis\n".encode())
    response = client.post("/admin/registry/import/", {"action": "preview", "file": upload})
    html = response.content.decode()
    assert "Unknown country “Atlantis”" in html
    assert not Authority.objects.filter(name="Korçë").exists()
    response = client.post("/admin/registry/import/", {"action": "commit"})
    assert response.status_code == 200
    authority = Authority.objects.get(name="Korçë")
    assert list(ModelLogEntry.objects.for_instance(authority).values_list("action", flat=True)) == [
        "participants.import"
    ]
    # Confirming twice writes nothing more: the file is gone from the session.
    assert client.post("/admin/registry/import/", {"action": "commit"}).status_code == 302


def test_the_import_screen_is_for_the_secretariat_only(client, editor):
    client.force_login(editor)
    assert client.get("/admin/registry/import/").status_code in (302, 403)
