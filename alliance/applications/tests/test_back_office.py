"""The back office: who may see what (a matrix over every URL of this app), the letter, the decisions."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.models import ModelLogEntry

from alliance.applications.models import Status, Supplement
from alliance.participants.models import Participation

from .conftest import TINY_PDF
from .factories import make_application, make_message, make_proposal

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "moderator", "editor", "administrator"]


@pytest.fixture
def objects(countries):
    application = make_application(countries["ME"])
    supplement = Supplement.objects.create(application=application, text="More")
    supplement.letter.save("more.pdf", ContentFile(TINY_PDF))
    return {
        "application": application,
        "supplement": supplement,
        "proposal": make_proposal(countries["FR"]),
        "message": make_message(),
    }


def readable_urls(objects):
    a, p, m, s = (
        objects["application"].pk,
        objects["proposal"].pk,
        objects["message"].pk,
        objects["supplement"].pk,
    )
    return [
        "/admin/applications/join/",
        "/admin/applications/join/results/",
        "/admin/applications/join/?q=Budva&status=pending",
        f"/admin/applications/join/inspect/{a}/",
        f"/admin/applications/join/history/{a}/",
        f"/admin/applications/join/letter/{a}/",
        f"/admin/applications/join/supplement-letter/{s}/",
        "/admin/applications/cooperation/",
        f"/admin/applications/cooperation/inspect/{p}/",
        f"/admin/applications/cooperation/history/{p}/",
        "/admin/applications/contact/",
        f"/admin/applications/contact/inspect/{m}/",
        f"/admin/applications/contact/history/{m}/",
    ]


def decision_urls(objects):
    a, p = objects["application"].pk, objects["proposal"].pk
    return [
        f"/admin/applications/join/decide/{a}/reject/",
        f"/admin/applications/cooperation/decide/{p}/reject/",
    ]


def forbidden_to_all_urls(objects):
    """Nobody adds or edits a submission, not even an administrator."""
    a, p, m = objects["application"].pk, objects["proposal"].pk, objects["message"].pk
    return [
        "/admin/applications/join/new/",
        f"/admin/applications/join/edit/{a}/",
        f"/admin/applications/cooperation/edit/{p}/",
        f"/admin/applications/contact/edit/{m}/",
    ]


def erasure_urls(objects):
    """The reviewers erase a submission at its sender's request (test_erasure.py); this is the
    confirmation page."""
    a, p, m = objects["application"].pk, objects["proposal"].pk, objects["message"].pk
    return [
        f"/admin/applications/join/delete/{a}/",
        f"/admin/applications/cooperation/delete/{p}/",
        f"/admin/applications/contact/delete/{m}/",
    ]


@pytest.fixture
def as_persona(request):
    def login(name):
        client = Client()
        if name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        return client

    return login


def assert_refused(response, persona):
    assert response.status_code == 302, response
    if persona == "anonymous":
        assert response["Location"].startswith("/admin/login/")
    else:
        assert response["Location"] == "/admin/"


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_access_matrix(persona, as_persona, objects):
    client = as_persona(persona)
    allowed = persona in ("moderator", "administrator")
    for url in readable_urls(objects):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert_refused(response, persona)
    for url in decision_urls(objects):
        response = client.post(url, {"reject-message": "Outside the scope"})
        if allowed:
            assert response.status_code == 302 and "/inspect/" in response["Location"], url
        else:
            assert_refused(response, persona)
    for url in forbidden_to_all_urls(objects):
        response = client.get(url)
        if persona == "anonymous":
            assert_refused(response, persona)
        else:
            assert response.status_code == 302 and response["Location"] == "/admin/", url
    for url in erasure_urls(objects):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert_refused(response, persona)
    objects["application"].refresh_from_db()
    expected = Status.REJECTED if allowed else Status.PENDING
    assert objects["application"].status == expected


def test_the_letter_is_served_as_an_attachment_only_after_the_check(client, moderator, objects):
    client.force_login(moderator)
    response = client.get(f"/admin/applications/join/letter/{objects['application'].pk}/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == TINY_PDF


def test_the_letter_has_no_public_address(objects, client):
    letter = objects["application"].letter
    with pytest.raises(ValueError):
        _ = letter.url
    assert client.get(f"/media/{letter.name}").status_code == 404


def test_the_review_page_shows_the_suggested_match_and_approves(client, moderator, countries):
    from alliance.authorities.models import Authority

    registry = Authority.objects.create(name="Budva", country=countries["ME"])
    application = make_application(countries["ME"], authority_name="BUDVA")
    client.force_login(moderator)
    page = client.get(f"/admin/applications/join/inspect/{application.pk}/").content.decode()
    assert f'value="{registry.pk}"' in page and "checked" in page
    response = client.post(
        f"/admin/applications/join/decide/{application.pk}/approve/",
        {"approve-authority": str(registry.pk), "approve-message": ""},
    )
    assert response.status_code == 302
    assert Participation.objects.get().authority == registry


def test_declining_needs_a_message(client, moderator, countries):
    application = make_application(countries["ME"])
    client.force_login(moderator)
    client.post(f"/admin/applications/join/decide/{application.pk}/reject/", {"reject-message": ""})
    application.refresh_from_db()
    assert application.status == Status.PENDING


def test_the_history_shows_who_changed_what(client, moderator, countries):
    application = make_application(countries["ME"])
    client.force_login(moderator)
    client.post(
        f"/admin/applications/join/decide/{application.pk}/more/", {"more-message": "Send the decision"}
    )
    entry = ModelLogEntry.objects.for_instance(application).get(action="applications.ask_more")
    assert entry.user == moderator
    page = client.get(f"/admin/applications/join/history/{application.pk}/").content.decode()
    assert "Send the decision" in page
    assert "more information requested" in page
