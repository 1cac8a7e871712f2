"""Who may see and do what with action plans: a focal point only ever reaches their own authority's
drafts; moderators review; the public sees only what is published."""

import datetime

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from alliance.actionplans.models import Status

from .conftest import make_plan, make_report, pdf_file, plan_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def their_draft(strasbourg):
    return make_plan(strasbourg, Status.DRAFT, title="Strasbourg's draft", decision=pdf_file())


def test_a_focal_point_never_reaches_another_authoritys_draft(focal_client, their_draft, other_focal_point):
    assert focal_client.get(f"/en/action-plans/write/{their_draft.pk}/").status_code == 404
    assert focal_client.post(f"/en/action-plans/write/{their_draft.pk}/", plan_data()).status_code == 404
    assert focal_client.get(f"/en/action-plans/{their_draft.pk}/decision.pdf").status_code == 404
    assert "Strasbourg's draft" not in focal_client.get("/en/focal-point/").text
    their_draft.refresh_from_db()
    assert their_draft.title == "Strasbourg's draft"


def test_the_authoritys_own_focal_point_reads_the_draft_decision_privately(
    client, their_draft, other_focal_point
):
    client.force_login(other_focal_point.user)
    response = client.get(f"/en/action-plans/{their_draft.pk}/decision.pdf")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED])
def test_the_public_sees_nothing_unpublished(client, strasbourg, status):
    plan = make_plan(strasbourg, status, decision=pdf_file())
    assert client.get(f"/en/action-plans/{plan.pk}/").status_code == 404
    assert client.get(f"/en/action-plans/{plan.pk}/decision.pdf").status_code == 404
    assert f"/en/action-plans/{plan.pk}/" not in client.get(f"/en/participants/{strasbourg.slug}/").text


def test_visitors_who_are_not_focal_points_cannot_write(client, editor):
    response = client.get("/en/action-plans/write/")
    assert response.status_code == 302 and "/focal-point/login/" in response["Location"]
    client.force_login(editor)
    assert client.get("/en/action-plans/write/").status_code == 403


PERSONAS = ["anonymous", "focal_point", "editor", "moderator", "administrator"]


@pytest.fixture
def as_persona(request):
    def login(name):
        client = Client()
        if name == "focal_point":
            client.force_login(request.getfixturevalue("focal_point").user)
        elif name != "anonymous":
            client.force_login(request.getfixturevalue(name))
        return client

    return login


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_back_office_access_matrix(persona, as_persona, strasbourg):
    plan = make_plan(strasbourg, adopted_on=datetime.date(2020, 1, 10), first_year=2020, last_year=2030)
    report = make_report(plan, datetime.date(2022, 1, 10), Status.SUBMITTED)
    client = as_persona(persona)
    allowed = persona in ("moderator", "administrator")
    readable = [
        "/admin/actionplans/plan/",
        f"/admin/actionplans/plan/inspect/{plan.pk}/",
        f"/admin/actionplans/plan/history/{plan.pk}/",
        f"/admin/actionplans/plan/edit/{plan.pk}/",
        f"/admin/actionplans/plan/review/{plan.pk}/",
        "/admin/actionplans/plan/overdue/",
        "/admin/actionplans/report/",
        f"/admin/actionplans/report/inspect/{report.pk}/",
        f"/admin/actionplans/report/review/{report.pk}/",
    ]
    for url in readable:
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), url
    # Nobody adds or deletes a plan or a report in the back office: focal points write them.
    for url in [
        "/admin/actionplans/plan/new/",
        f"/admin/actionplans/plan/delete/{plan.pk}/",
        f"/admin/actionplans/report/delete/{report.pk}/",
    ]:
        assert client.get(url).status_code in (302, 403), url
    response = client.post(f"/admin/actionplans/report/review/{report.pk}/", {"decision": "accept"})
    report.refresh_from_db()
    assert report.status == (Status.PUBLISHED if allowed else Status.SUBMITTED)


def test_only_moderators_review(client, editor, moderator, strasbourg):
    plan = make_plan(strasbourg, Status.SUBMITTED)
    client.force_login(editor)
    assert client.get("/admin/actionplans/plan/").status_code in (302, 403)
    refused = client.post(f"/admin/actionplans/plan/review/{plan.pk}/", {"decision": "accept"})
    assert refused.status_code in (302, 403)
    plan.refresh_from_db()
    assert plan.status == Status.SUBMITTED
    client.force_login(moderator)
    assert client.get("/admin/actionplans/plan/").status_code == 200
    assert client.get(f"/admin/actionplans/plan/review/{plan.pk}/").status_code == 200
    assert client.get("/admin/actionplans/plan/new/").status_code in (302, 403)


def test_the_secretariats_desk_counts_plans_to_review(client, moderator, strasbourg):
    make_plan(strasbourg, Status.SUBMITTED)
    client.force_login(moderator)
    assert "Action plans to review" in client.get("/admin/").text


def test_with_two_factor_sign_in_a_password_alone_opens_no_draft_decision(
    client, their_draft, moderator, settings
):
    settings.STAFF_2FA_REQUIRED = True
    device = TOTPDevice.objects.create(user=moderator, name="phone", confirmed=True)
    client.force_login(moderator)  # the password was right; no code yet
    address = f"/en/action-plans/{their_draft.pk}/decision.pdf"
    assert client.get(address).status_code == 404
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    client.post("/admin/2fa/verify/", {"code": code})
    assert client.get(address).status_code == 200


def test_a_focal_point_needs_no_second_factor_for_their_own_draft(
    client, their_draft, other_focal_point, settings
):
    settings.STAFF_2FA_REQUIRED = True
    client.force_login(other_focal_point.user)
    assert client.get(f"/en/action-plans/{their_draft.pk}/decision.pdf").status_code == 200
