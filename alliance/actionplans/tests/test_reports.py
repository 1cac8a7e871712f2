"""Progress reports on a published plan: due on the plan's cycle, written by the focal point,
reviewed and published like the plan, shown with it. Drafts stay private."""

import datetime

import pytest
from django.test import Client
from wagtail.models import ModelLogEntry

from alliance.actionplans.models import ActionPlan, ProgressReport, Status
from alliance.core.models import OutboundEmail

from .conftest import make_plan, make_report

pytestmark = pytest.mark.django_db


def report_data(plan, **overrides):
    data = {
        "results": "Forty more Roma children attend pre-school.",
        "obstacles": "Transport to the kindergartens is scarce.",
        "roma_participation": "Roma parents sat on the steering group.",
        "indicators-TOTAL_FORMS": "1",
        "indicators-INITIAL_FORMS": "0",
        "indicators-MIN_NUM_FORMS": "0",
        "indicators-MAX_NUM_FORMS": "30",
        "indicators-0-name": "Roma children in pre-school",
        "indicators-0-unit": "%",
        "indicators-0-baseline": "21",
        "indicators-0-baseline_year": "2023",
        "indicators-0-value": "48",
        "indicators-0-value_year": "2025",
    }
    for measure in plan.measures.all():
        data |= {f"measure-{measure.pk}-status": "ongoing", f"measure-{measure.pk}-spent": "12000"}
    data.update(overrides)
    return data


def test_reports_are_due_every_cycle_after_adoption_and_only_after_publication(heraklion):
    plan = make_plan(heraklion, adopted_on=datetime.date(2024, 2, 29), first_year=2024, last_year=2027)
    assert plan.due_dates() == [datetime.date(2026, 2, 28), datetime.date(2028, 2, 29)]
    plan.report_every_years = 1
    assert plan.due_dates()[0] == datetime.date(2025, 2, 28)
    plan.published_at = datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)
    assert plan.due_dates() == [datetime.date(2027, 2, 28), datetime.date(2028, 2, 29)]
    assert make_plan(heraklion, Status.DRAFT).due_dates() == []


def test_write_submit_change_accept_and_read(focal_client, focal_point, moderator, settings):
    plan = make_plan(
        focal_point.authority, adopted_on=datetime.date(2023, 5, 1), first_year=2023, last_year=2027
    )
    secretariat, public = Client(), Client()
    secretariat.force_login(moderator)
    page = focal_client.get("/en/focal-point/").text
    assert "The next progress report is due on" in page or "A progress report was due on" in page

    response = focal_client.post(f"/en/action-plans/write/{plan.pk}/report/", report_data(plan))
    report = ProgressReport.objects.get()
    assert response.status_code == 302 and report.status == Status.DRAFT
    assert report.due_on == datetime.date(2025, 5, 1)
    assert report.progress.get().spent == 12000 and report.indicators.get().value == 48
    assert public.get(f"/en/action-plans/{plan.pk}/").text.count("Forty more Roma children") == 0

    edit = f"/en/action-plans/report/{report.pk}/"
    data = report_data(
        plan, **{"indicators-INITIAL_FORMS": "1", "indicators-0-id": str(report.indicators.get().pk)}
    )
    assert focal_client.post(edit, {**data, "submit": "1"}).status_code == 302
    report.refresh_from_db()
    assert report.status == Status.SUBMITTED and report.first_submitted_at
    assert (
        f"/admin/actionplans/report/review/{report.pk}/"
        in OutboundEmail.objects.get(to=settings.SECRETARIAT_EMAIL).body_text
    )

    review = f"/admin/actionplans/report/review/{report.pk}/"
    assert secretariat.get(review).status_code == 200
    secretariat.post(
        review, {"decision": "changes", "message": "Say how many families the transport reaches."}
    )
    report.refresh_from_db()
    assert report.status == Status.CHANGES_REQUESTED
    assert "Say how many families" in OutboundEmail.objects.get(to=focal_point.email).body_text
    assert "Say how many families" in focal_client.get("/en/focal-point/").text

    assert focal_client.post(edit, {**data, "submit": "1"}).status_code == 302
    secretariat.post(review, {"decision": "accept"})
    report.refresh_from_db()
    assert report.status == Status.PUBLISHED and report.reviewed_by == moderator
    actions = set(ModelLogEntry.objects.filter(object_id=str(report.pk)).values_list("action", flat=True))
    assert {
        "actionplans.report.submit",
        "actionplans.report.ask_for_changes",
        "actionplans.report.accept",
    } <= actions

    page = public.get(f"/en/action-plans/{plan.pk}/").text
    assert "Forty more Roma children attend pre-school." in page
    assert "Roma children in pre-school" in page and "€12,000" in page
    assert focal_point.name not in page and focal_point.email not in page


def test_a_measure_without_status_keeps_the_form_and_writes_nothing(focal_client, focal_point):
    plan = make_plan(
        focal_point.authority, adopted_on=datetime.date(2023, 5, 1), first_year=2023, last_year=2027
    )
    measure = plan.measures.get()
    response = focal_client.post(
        f"/en/action-plans/write/{plan.pk}/report/", report_data(plan, **{f"measure-{measure.pk}-status": ""})
    )
    assert response.status_code == 400
    assert "Forty more Roma children attend pre-school." in response.text
    assert not ProgressReport.objects.exists()


def test_reports_only_for_ones_own_published_plans(focal_client, focal_point, strasbourg):
    theirs = make_plan(strasbourg)
    draft = make_plan(focal_point.authority, Status.DRAFT)
    assert focal_client.get(f"/en/action-plans/write/{theirs.pk}/report/").status_code == 404
    assert focal_client.get(f"/en/action-plans/write/{draft.pk}/report/").status_code == 404
    their_report = make_report(theirs, theirs.due_dates()[0], Status.DRAFT)
    assert focal_client.get(f"/en/action-plans/report/{their_report.pk}/").status_code == 404


def test_the_public_sees_only_published_reports_of_published_plans(client, heraklion):
    plan = make_plan(heraklion, adopted_on=datetime.date(2020, 1, 10), first_year=2020, last_year=2025)
    make_report(plan, datetime.date(2022, 1, 10), Status.SUBMITTED)
    make_report(plan, datetime.date(2024, 1, 10), submitted_on=datetime.date(2024, 3, 1))
    page = client.get(f"/en/action-plans/{plan.pk}/").text
    assert page.count('class="report"') == 1
    assert "Submitted late." in page
    ActionPlan.objects.filter(pk=plan.pk).update(status=Status.DRAFT)
    assert not ProgressReport.objects.public().exists()


def test_the_secretariat_lists_overdue_reports(client, moderator, heraklion, strasbourg):
    late = make_plan(
        heraklion,
        adopted_on=datetime.date(2020, 1, 10),
        first_year=2020,
        last_year=2030,
        published_at=datetime.datetime(2020, 2, 1, tzinfo=datetime.UTC),
    )
    make_report(late, datetime.date(2022, 1, 10))
    make_plan(strasbourg, adopted_on=datetime.date(2030, 1, 10), first_year=2030, last_year=2033)
    client.force_login(moderator)
    page = client.get("/admin/actionplans/plan/overdue/").text
    assert "Heraklion" in page and "Strasbourg" not in page
    assert "10 January 2024" in page and "10 January 2026" in page
    assert "10 January 2022" not in page
    assert "Overdue progress reports" in client.get("/admin/").text


def test_the_overdue_list_is_for_the_secretariat_only(client, editor):
    client.force_login(editor)
    assert client.get("/admin/actionplans/plan/overdue/").status_code in (302, 403)


def test_on_time_is_judged_by_the_day_in_strasbourg(heraklion):
    plan = make_plan(heraklion)
    report = ProgressReport(plan=plan, due_on=datetime.date(2026, 2, 28))
    # 23:30 in London on the due date is already the next day in Strasbourg (UTC+1).
    report.first_submitted_at = datetime.datetime(2026, 2, 28, 23, 30, tzinfo=datetime.UTC)
    assert not report.on_time
    report.first_submitted_at = datetime.datetime(2026, 2, 28, 22, 30, tzinfo=datetime.UTC)
    assert report.on_time
