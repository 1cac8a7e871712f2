import pytest
from wagtail.models import ModelLogEntry

from alliance.authorities.models import Authority


def test_the_members_area_needs_a_login(client, focal_point):
    response = client.get("/en/focal-point/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/focal-point/login/?next=")


def test_an_account_that_is_not_a_focal_point_is_refused(client, outsider, moderator):
    for user in (outsider, moderator):
        client.force_login(user)
        assert client.get("/en/focal-point/").status_code == 403
        assert client.get("/en/focal-point/profile/").status_code == 403


def test_a_deactivated_focal_point_is_refused(focal_client, focal_point):
    focal_point.active = False
    focal_point.save()
    assert focal_client.get("/en/focal-point/").status_code == 403


def test_the_home_shows_the_own_authority_and_never_the_other(focal_client, other_focal_point):
    response = focal_client.get("/en/focal-point/")
    assert response.status_code == 200
    main = response.text.split("<main", 1)[1].split("</main>", 1)[0]
    assert "Heraklion" in main
    assert "Strasbourg" not in main
    assert other_focal_point.email not in response.text


def test_the_focal_point_edits_the_public_fields_and_the_change_is_audited(
    focal_client, focal_point, heraklion
):
    response = focal_client.post(
        "/en/focal-point/profile/",
        {"local_name": "Ηράκλειο", "website": "https://www.heraklion.gr/", "population": "177064"},
    )
    assert response.status_code == 302
    heraklion.refresh_from_db()
    assert heraklion.website == "https://www.heraklion.gr/"
    assert heraklion.population == 177064
    entry = ModelLogEntry.objects.get(action="focalpoints.profile_update", object_id=str(heraklion.pk))
    assert entry.user == focal_point.user
    assert entry.data["changes"]["website"] == {"before": "", "after": "https://www.heraklion.gr/"}
    assert "local_name" not in entry.data["changes"]


def test_the_official_name_and_country_cannot_be_changed(focal_client, heraklion, countries):
    focal_client.post(
        "/en/focal-point/profile/",
        {"name": "Hacked", "country": countries["FR"].pk, "local_name": "", "website": "", "population": ""},
    )
    heraklion.refresh_from_db()
    assert heraklion.name == "Heraklion"
    assert heraklion.country == countries["GR"]


def test_bad_input_keeps_what_was_typed(focal_client, heraklion):
    response = focal_client.post(
        "/en/focal-point/profile/",
        {"local_name": "Ηράκλειο", "website": "not a web address", "population": "-3"},
    )
    assert response.status_code == 200
    assert "not a web address" in response.text
    heraklion.refresh_from_db()
    assert heraklion.website == ""


@pytest.mark.parametrize("field", ["authority", "authority_id", "slug", "pk", "id"])
def test_no_form_field_can_point_at_the_other_authority(focal_client, strasbourg, field):
    focal_client.post(
        f"/en/focal-point/profile/?{field}={strasbourg.pk}",
        {field: strasbourg.pk, "local_name": "Changed", "website": "https://example.org/", "population": "1"},
    )
    strasbourg.refresh_from_db()
    assert strasbourg.website == ""
    assert Authority.objects.get(name="Heraklion").website == "https://example.org/"


def test_the_profile_pages_need_the_csrf_token(focal_point):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(focal_point.user)
    response = strict.post("/en/focal-point/profile/", {"website": "https://example.org/"})
    assert response.status_code == 403


def test_logout_is_a_post(focal_client):
    response = focal_client.post("/en/focal-point/logout/")
    assert response.status_code == 200
    assert focal_client.get("/en/focal-point/").status_code == 302
