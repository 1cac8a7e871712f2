import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from alliance.practices import services
from alliance.practices.models import GoodPractice, Status

from .conftest import make_practice


def test_only_published_practices_are_public(heraklion):
    draft = make_practice(heraklion, Status.DRAFT, title_en="Draft one")
    submitted = make_practice(heraklion, Status.SUBMITTED, title_en="Submitted one")
    rejected = make_practice(heraklion, Status.REJECTED, title_en="Rejected one")
    published = make_practice(heraklion, Status.PUBLISHED, title_en="Published one")
    assert list(GoodPractice.objects.public()) == [published]
    for practice in (draft, submitted, rejected):
        assert practice not in GoodPractice.objects.public()


def test_unpublished_practices_are_not_found_and_not_listed(client, heraklion):
    submitted = make_practice(heraklion, Status.SUBMITTED, title_en="Awaiting review")
    assert client.get(f"/en/practices/{submitted.pk}/").status_code == 404
    assert "Awaiting review" not in client.get("/en/practices/").text


def test_a_published_practice_has_a_page(client, published):
    response = client.get(f"/en/practices/{published.pk}/")
    assert response.status_code == 200
    assert "Mediators in primary schools" in response.text
    assert "Heraklion" in response.text


def test_a_moderator_publishes_and_the_step_is_audited(client, moderator, heraklion):
    practice = make_practice(heraklion, Status.SUBMITTED)
    client.force_login(moderator)
    response = client.post(f"/admin/practices/goodpractice/review/{practice.pk}/", {"decision": "publish"})
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == Status.PUBLISHED
    assert practice.reviewed_by == moderator
    assert practice.published_at is not None
    assert ModelLogEntry.objects.filter(action="practices.publish", object_id=str(practice.pk)).exists()
    assert client.get(f"/en/practices/{practice.pk}/").status_code == 200


def test_a_rejection_needs_a_reason_which_the_focal_point_reads(client, moderator, focal_point):
    practice = make_practice(focal_point.authority, Status.SUBMITTED)
    client.force_login(moderator)
    response = client.post(f"/admin/practices/goodpractice/review/{practice.pk}/", {"decision": "reject"})
    assert response.status_code == 200
    practice.refresh_from_db()
    assert practice.status == Status.SUBMITTED
    client.post(
        f"/admin/practices/goodpractice/review/{practice.pk}/",
        {"decision": "reject", "reason": "Please describe the results in figures."},
    )
    practice.refresh_from_db()
    assert practice.status == Status.REJECTED
    assert practice.rejection_reason == "Please describe the results in figures."
    entry = ModelLogEntry.objects.get(action="practices.reject", object_id=str(practice.pk))
    assert entry.data["reason"] == "Please describe the results in figures."
    client.force_login(focal_point.user)
    assert "Please describe the results in figures." in client.get("/en/focal-point/").text
    assert client.get(f"/en/practices/{practice.pk}/").status_code == 404


def test_withdrawing_a_published_practice_hides_it(moderator, published):
    services.unpublish(published, moderator)
    assert not GoodPractice.objects.public().exists()
    with pytest.raises(ValidationError):
        services.unpublish(published, moderator)


def test_publishing_twice_is_refused(moderator, published):
    with pytest.raises(ValidationError):
        services.publish(published, moderator)


def test_a_focal_point_proposes_a_practice_for_their_own_authority(focal_client, focal_point, strasbourg):
    response = focal_client.post(
        "/en/practices/propose/",
        {
            "title_en": "Homework club",
            "theme": "education",
            "summary_en": "Volunteers help pupils after school.",
            "period_start": "2014",
            "authority": strasbourg.pk,
            "status": "published",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    practice = GoodPractice.objects.get(title_en="Homework club")
    assert practice.authority == focal_point.authority
    assert practice.status == Status.SUBMITTED
    assert practice.submitted_by == focal_point.user
    assert ModelLogEntry.objects.filter(action="practices.submit", object_id=str(practice.pk)).exists()
    assert not GoodPractice.objects.public().exists()


def test_a_proposal_keeps_what_was_typed_when_it_is_incomplete(focal_client):
    response = focal_client.post(
        "/en/practices/propose/",
        {
            "title_en": "",
            "title_fr": "",
            "theme": "housing",
            "summary_en": "Kept text",
            "period_start": "2015",
            "period_end": "2012",
            "links": "not a link",
            "submit": "1",
        },
    )
    assert response.status_code == 200
    assert "Kept text" in response.text
    assert "Give a title in English or in French." in response.text
    assert "The period cannot end before it starts." in response.text
    assert "Line 1 is not a web address" in response.text
    assert not GoodPractice.objects.exists()


def test_a_draft_is_saved_then_submitted(focal_client, focal_point):
    focal_client.post(
        "/en/practices/propose/",
        {
            "title_fr": "Club de devoirs",
            "theme": "education",
            "summary_fr": "Des bénévoles aident.",
            "save": "1",
        },
    )
    practice = GoodPractice.objects.get()
    assert practice.status == Status.DRAFT
    focal_client.post(
        f"/en/practices/propose/{practice.pk}/",
        {
            "title_fr": "Club de devoirs",
            "theme": "education",
            "summary_fr": "Des bénévoles aident.",
            "submit": "1",
        },
    )
    practice.refresh_from_db()
    assert practice.status == Status.SUBMITTED


def test_a_focal_point_cannot_reach_the_other_authoritys_practice(focal_client, other_focal_point):
    theirs = make_practice(other_focal_point.authority, Status.DRAFT, title_en="Their draft")
    response = focal_client.get(f"/en/practices/propose/{theirs.pk}/")
    assert response.status_code == 404
    response = focal_client.post(
        f"/en/practices/propose/{theirs.pk}/",
        {"title_en": "Overwritten", "theme": "health", "summary_en": "x", "submit": "1"},
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.title_en == "Their draft"
    assert theirs.status == Status.DRAFT
    assert "Their draft" not in focal_client.get("/en/focal-point/").text


def test_a_submitted_practice_cannot_be_changed_by_its_focal_point(focal_client, focal_point):
    practice = make_practice(focal_point.authority, Status.SUBMITTED, title_en="Under review")
    response = focal_client.post(
        f"/en/practices/propose/{practice.pk}/",
        {"title_en": "Changed", "theme": "health", "summary_en": "x", "submit": "1"},
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.title_en == "Under review"


def test_proposing_needs_a_focal_point(client, outsider):
    response = client.get("/en/practices/propose/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/focal-point/login/")
    client.force_login(outsider)
    assert client.get("/en/practices/propose/").status_code == 403


def test_the_secretariat_writes_a_general_practice_without_an_authority(client, moderator):
    client.force_login(moderator)
    response = client.post(
        "/admin/practices/goodpractice/new/",
        {
            "title_en": "Housing conference follow-up",
            "title_fr": "Suites de la conférence sur le logement",
            "theme": "housing",
            "authority": "",
            "summary_en": "A summary.",
            "summary_fr": "Un résumé.",
            "results_en": "",
            "results_fr": "",
            "period_start": "2013",
            "period_end": "2013",
            "links": "",
        },
    )
    practice = GoodPractice.objects.get(title_en="Housing conference follow-up")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/practices/goodpractice/review/{practice.pk}/"
    assert practice.authority is None
    assert practice.status == Status.DRAFT
    assert practice.submitted_by == moderator


def test_a_practice_taken_up_for_review_meanwhile_is_not_overwritten(focal_point):
    practice = make_practice(focal_point.authority, Status.DRAFT, title_en="Original")
    stale = GoodPractice.objects.get(pk=practice.pk)
    GoodPractice.objects.filter(pk=practice.pk).update(status=Status.SUBMITTED)
    stale.title_en = "Stale edit"
    with pytest.raises(ValidationError):
        services.propose(stale, focal_point.authority, focal_point.user, submit=True)
    practice.refresh_from_db()
    assert practice.title_en == "Original"


def test_the_secretariat_hears_of_a_submission_and_the_author_of_the_decision(
    client, focal_client, focal_point, moderator
):
    from alliance.core.models import OutboundEmail

    focal_point.language = "fr"
    focal_point.save()
    focal_client.post(
        "/en/practices/propose/",
        {"title_en": "Homework club", "theme": "education", "summary_en": "Volunteers help.", "submit": "1"},
    )
    practice = GoodPractice.objects.get()
    to_secretariat = OutboundEmail.objects.get()
    assert f"/admin/practices/goodpractice/review/{practice.pk}/" in to_secretariat.body_text
    services.reject(practice, moderator, "Add the dates, please.")
    to_author = OutboundEmail.objects.exclude(pk=to_secretariat.pk).get()
    assert to_author.to == focal_point.user.email
    assert to_author.language == "fr"
    assert "Add the dates, please." in to_author.body_text
    assert "/fr/focal-point/" in to_author.body_text
