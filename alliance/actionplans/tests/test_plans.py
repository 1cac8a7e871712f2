"""A participant's Local Action Plan: drafted by its focal point, reviewed by the secretariat,
published on the profile. Drafts stay private; every step is audited and emailed."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.models import ModelLogEntry

from alliance.actionplans.models import ActionPlan, Status
from alliance.core.models import OutboundEmail

from .conftest import TINY_PDF, make_plan, pdf_file, plan_data

pytestmark = pytest.mark.django_db

WRITE = "/en/action-plans/write/"


def review(client, plan, **data):
    return client.post(f"/admin/actionplans/plan/review/{plan.pk}/", data)


def test_a_focal_point_saves_a_draft_that_stays_private(focal_client, focal_point, client):
    response = focal_client.post(WRITE, plan_data())
    plan = ActionPlan.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/en/action-plans/write/{plan.pk}/"
    assert plan.authority == focal_point.authority and plan.status == Status.DRAFT
    assert [measure.title for measure in plan.measures.all()] == ["Free pre-school places"]
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(plan.pk)).exists()
    # The draft page offers an empty measure for the next one, and keeps the first.
    page = focal_client.get(f"/en/action-plans/write/{plan.pk}/").text
    assert 'name="measures-1-title"' in page and "Free pre-school places" in page
    assert "Local Action Plan for Roma Inclusion 2025–2028" in focal_client.get("/en/focal-point/").text
    client.logout()
    assert client.get(f"/en/action-plans/{plan.pk}/").status_code == 404
    assert "Local Action Plan" not in client.get(f"/en/participants/{focal_point.authority.slug}/").text
    assert not OutboundEmail.objects.exists()


def test_bad_input_keeps_what_was_typed_and_writes_nothing(focal_client):
    data = plan_data(**{"last_year": "2020", "measures-0-ends_on": "2024-01-01"})
    response = focal_client.post(WRITE, data)
    assert response.status_code == 400
    assert "The period cannot end before it starts." in response.text
    assert "The measure cannot end before it starts." in response.text
    assert "Forty places in the municipal kindergartens" in response.text
    assert not ActionPlan.objects.exists()


def test_a_file_that_is_not_a_pdf_is_refused(focal_client):
    upload = pdf_file("decision.pdf", b"GIF89a not a pdf at all")
    response = focal_client.post(WRITE, {**plan_data(), "decision": upload})
    assert response.status_code == 400
    assert "This file is not a PDF document." in response.text
    assert not ActionPlan.objects.exists()


def test_a_plan_without_measures_cannot_be_submitted_and_stays_unwritten(focal_client):
    data = plan_data(**{"measures-0-title": "", "measures-0-area": "", "measures-0-description": ""})
    for key in ("budget", "funding_source", "responsible_body", "starts_on", "ends_on", "roma_involvement"):
        data[f"measures-0-{key}"] = ""
    response = focal_client.post(WRITE, {**data, "submit": "1"})
    assert response.status_code == 400
    assert "Add at least one measure before submitting the plan." in response.text
    assert not ActionPlan.objects.exists()


def test_draft_submit_changes_resubmit_accept(focal_client, focal_point, moderator, settings):
    secretariat, public = Client(), Client()
    response = focal_client.post(WRITE, {**plan_data(), "decision": pdf_file(), "submit": "1"})
    assert response.status_code == 302
    plan = ActionPlan.objects.get()
    assert plan.status == Status.SUBMITTED and plan.submitted_at
    told = OutboundEmail.objects.get(to=settings.SECRETARIAT_EMAIL)
    assert f"/admin/actionplans/plan/review/{plan.pk}/" in told.body_text
    # Under review, the focal point can no longer change it.
    assert focal_client.get(f"/en/action-plans/write/{plan.pk}/").status_code == 302
    assert (
        focal_client.post(f"/en/action-plans/write/{plan.pk}/", plan_data(title="Changed")).status_code == 302
    )
    plan.refresh_from_db()
    assert plan.title == "Local Action Plan for Roma Inclusion 2025–2028"

    secretariat.force_login(moderator)
    assert review(secretariat, plan, decision="changes").status_code == 200  # a message is required
    assert (
        review(secretariat, plan, decision="changes", message="Give the budget of each measure.").status_code
        == 302
    )
    plan.refresh_from_db()
    assert plan.status == Status.CHANGES_REQUESTED
    asked = OutboundEmail.objects.get(to=focal_point.email)
    assert "Give the budget of each measure." in asked.body_text
    assert "Give the budget of each measure." in focal_client.get("/en/focal-point/").text

    data = plan_data(**{"measures-INITIAL_FORMS": "1", "measures-0-id": str(plan.measures.get().pk)})
    assert focal_client.post(f"/en/action-plans/write/{plan.pk}/", {**data, "submit": "1"}).status_code == 302
    plan.refresh_from_db()
    assert plan.status == Status.SUBMITTED and plan.measures.count() == 1

    assert review(secretariat, plan, decision="accept").status_code == 302
    plan.refresh_from_db()
    assert plan.status == Status.PUBLISHED and plan.published_at and plan.reviewed_by == moderator
    assert OutboundEmail.objects.filter(
        to=focal_point.email, subject__startswith="Your action plan is published"
    ).exists()
    actions = set(ModelLogEntry.objects.filter(object_id=str(plan.pk)).values_list("action", flat=True))
    assert {"actionplans.submit", "actionplans.ask_for_changes", "actionplans.accept"} <= actions

    page = public.get(f"/en/action-plans/{plan.pk}/")
    assert page.status_code == 200
    assert "Free pre-school places" in page.text and "€120,000" in page.text
    assert focal_point.name not in page.text and focal_point.email not in page.text
    profile = public.get(f"/en/participants/{focal_point.authority.slug}/").text
    assert f"/en/action-plans/{plan.pk}/" in profile
    decision = public.get(f"/en/action-plans/{plan.pk}/decision.pdf")
    assert decision.status_code == 200 and b"".join(decision.streaming_content) == TINY_PDF
    assert decision["Content-Type"] == "application/pdf"


def test_the_plan_page_speaks_french_with_the_plan_marked_in_its_own_language(client, heraklion):
    plan = make_plan(heraklion, language="en")
    page = client.get(f"/fr/action-plans/{plan.pk}/").text
    assert '<h1 lang="en">Local Action Plan for Roma Inclusion</h1>' in page
    assert "Mesures" in page and "25\N{NO-BREAK SPACE}000\N{NO-BREAK SPACE}€" in page
    assert "Comment les Roms y prennent part" in page


def test_a_demonstration_plan_says_so(client, heraklion):
    plan = make_plan(heraklion, demonstration=True)
    assert "Demonstration content." in client.get(f"/en/action-plans/{plan.pk}/").text


def test_a_plan_sent_back_with_its_decision_can_be_edited_and_resubmitted(focal_client, focal_point):
    plan = make_plan(focal_point.authority, Status.CHANGES_REQUESTED, review_message="Add the budget.")
    plan.decision.save("decision-0a1b2c3d4e5f.pdf", ContentFile(TINY_PDF))
    page = focal_client.get(f"/en/action-plans/write/{plan.pk}/")
    assert page.status_code == 200
    assert f'<a href="/en/action-plans/{plan.pk}/decision.pdf">decision-0a1b2c3d4e5f.pdf</a>' in page.text
    data = plan_data(**{"measures-INITIAL_FORMS": "0"}, submit="1")
    response = focal_client.post(f"/en/action-plans/write/{plan.pk}/", data)
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == Status.SUBMITTED and plan.decision.name.endswith("decision-0a1b2c3d4e5f.pdf")
    # The focal point may read the decision through the link the form gave.
    assert focal_client.get(f"/en/action-plans/{plan.pk}/decision.pdf").status_code == 200
