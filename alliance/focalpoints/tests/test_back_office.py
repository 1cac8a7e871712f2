"""Who may reach the focal point screens of the back office."""

import pytest

from alliance.focalpoints.models import FocalPoint


@pytest.fixture
def pending(heraklion):
    return FocalPoint.objects.create(authority=heraklion, name="Eleni Example", email="eleni@example.gr")


def urls(pending):
    return [
        "/admin/focalpoints/focalpoint/",
        "/admin/focalpoints/focalpoint/new/",
        f"/admin/focalpoints/focalpoint/edit/{pending.pk}/",
        f"/admin/focalpoints/focalpoint/invite/{pending.pk}/",
        f"/admin/focalpoints/focalpoint/history/{pending.pk}/",
    ]


def test_anonymous_visitors_are_sent_to_the_login(client, pending):
    for url in urls(pending):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["editor", "outsider"])
def test_editors_and_outsiders_are_refused(client, pending, persona, request):
    client.force_login(request.getfixturevalue(persona))
    for url in urls(pending):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert (
                response["Location"] in ("/admin/", "/admin/login/?next=" + url)
                or "login" in response["Location"]
            )
    response = client.post(f"/admin/focalpoints/focalpoint/invite/{pending.pk}/")
    pending.refresh_from_db()
    assert pending.invited_at is None


@pytest.mark.parametrize("persona", ["moderator", "administrator"])
def test_moderators_and_administrators_manage_focal_points(client, pending, persona, request):
    client.force_login(request.getfixturevalue(persona))
    for url in urls(pending):
        assert client.get(url).status_code == 200, url


def test_the_secretariat_adds_a_focal_point_then_confirms_the_invitation(client, moderator, heraklion):
    client.force_login(moderator)
    response = client.post(
        "/admin/focalpoints/focalpoint/new/",
        {
            "authority": heraklion.pk,
            "name": "Nikos Example",
            "office": "Councillor",
            "email": "nikos@example.gr",
            "phone": "",
            "language": "en",
            "active": "on",
        },
    )
    focal_point = FocalPoint.objects.get(email="nikos@example.gr")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/focalpoints/focalpoint/invite/{focal_point.pk}/"


def test_private_details_never_reach_public_pages(client, focal_point, heraklion):
    response = client.get(f"/en/participants/{heraklion.slug}/")
    assert focal_point.email not in response.text
    assert focal_point.phone not in response.text


def test_a_new_address_becomes_the_sign_in_address(client, moderator, focal_point, heraklion):
    client.force_login(moderator)
    response = client.post(
        f"/admin/focalpoints/focalpoint/edit/{focal_point.pk}/",
        {
            "authority": heraklion.pk,
            "name": focal_point.name,
            "office": "",
            "email": "New.Address@heraklion.example.gr",
            "phone": "",
            "language": "en",
            "active": "on",
        },
    )
    assert response.status_code == 302
    focal_point.user.refresh_from_db()
    assert focal_point.user.username == "new.address@heraklion.example.gr"
    assert focal_point.user.email == "New.Address@heraklion.example.gr"


def test_an_address_taken_by_another_account_is_not_copied(moderator, focal_point):
    from alliance.focalpoints import services

    focal_point.email = moderator.username
    focal_point.save()
    assert services.sync_account(focal_point) is False
    focal_point.user.refresh_from_db()
    assert focal_point.user.username == "focal@heraklion.example.gr"
