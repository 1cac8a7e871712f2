"""Who may reach the good practice screens of the back office."""

import pytest

from alliance.practices.models import Status

from .conftest import make_practice


def urls(practice):
    return [
        "/admin/practices/goodpractice/",
        "/admin/practices/goodpractice/new/",
        f"/admin/practices/goodpractice/edit/{practice.pk}/",
        f"/admin/practices/goodpractice/review/{practice.pk}/",
        f"/admin/practices/goodpractice/history/{practice.pk}/",
    ]


def test_anonymous_visitors_are_sent_to_the_login(client, heraklion):
    practice = make_practice(heraklion, Status.SUBMITTED)
    for url in urls(practice):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["editor", "outsider"])
def test_editors_cannot_review_practices(client, heraklion, persona, request):
    practice = make_practice(heraklion, Status.SUBMITTED)
    client.force_login(request.getfixturevalue(persona))
    for url in urls(practice):
        assert client.get(url).status_code in (302, 403), url
    client.post(f"/admin/practices/goodpractice/review/{practice.pk}/", {"decision": "publish"})
    practice.refresh_from_db()
    assert practice.status == Status.SUBMITTED


@pytest.mark.parametrize("persona", ["moderator", "administrator"])
def test_moderators_and_administrators_review_practices(client, heraklion, persona, request):
    practice = make_practice(heraklion, Status.SUBMITTED)
    client.force_login(request.getfixturevalue(persona))
    for url in urls(practice):
        assert client.get(url).status_code == 200, url


def test_a_focal_point_has_no_back_office(client, focal_point, heraklion):
    practice = make_practice(heraklion, Status.SUBMITTED)
    client.force_login(focal_point.user)
    client.post(f"/admin/practices/goodpractice/review/{practice.pk}/", {"decision": "publish"})
    practice.refresh_from_db()
    assert practice.status == Status.SUBMITTED
