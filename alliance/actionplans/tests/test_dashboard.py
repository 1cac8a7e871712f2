"""The public dashboard of the Local Action Plans: the figures of any day, by country and area,
from published plans and reports only, with nothing personal on it."""

import datetime

import pytest

from alliance.actionplans import figures
from alliance.actionplans.models import Area, MeasureStatus, Status

from .conftest import make_dated_report, make_plan

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/action-plans/"
DUE = datetime.date(2026, 2, 15)  # make_plan's plans: adopted 15 February 2024, a report every 2 years


@pytest.fixture
def two_plans(heraklion, strasbourg):
    """Heraklion reported on time for its first due date; Strasbourg never reported."""
    punctual = make_plan(heraklion, measures=(Area.EDUCATION, Area.HOUSING))
    education, housing = punctual.measures.all()
    make_dated_report(
        punctual,
        DUE,
        submitted_on=datetime.date(2026, 2, 10),
        published_on=datetime.date(2026, 3, 2),
        progress=[(education, MeasureStatus.DONE, 24000)],
    )
    tardy = make_plan(strasbourg, measures=(Area.EDUCATION,))
    return punctual, tardy


def on(day, **filters):
    return figures.dashboard(day, figures.Filters(**filters))


def test_the_figures_of_a_day_count_plans_in_force_and_reports_on_time_and_late(two_plans):
    board = on(datetime.date(2026, 6, 30))
    assert board.participants == 2
    assert (board.on_time, board.late) == (1, 1)
    punctual, tardy = two_plans
    assert {(plan.pk, plan.on_time, plan.late) for plan in board.plans} == {
        (punctual.pk, 1, 0),
        (tardy.pk, 0, 1),
    }


def test_a_report_is_late_only_after_its_due_date_and_on_time_once_published(two_plans):
    # On the due date nobody is late yet, and Heraklion's report is still under review.
    assert (on(DUE).on_time, on(DUE).late) == (0, 0)
    assert (on(DUE + datetime.timedelta(days=1)).on_time, on(DUE + datetime.timedelta(days=1)).late) == (0, 1)
    assert (on(datetime.date(2026, 3, 2)).on_time, on(datetime.date(2026, 3, 2)).late) == (1, 1)
    # Before their publication the plans were not public: nothing at all.
    before = on(datetime.date(2024, 2, 20))
    assert (before.participants, before.plans, before.other_plans) == (0, [], [])


def test_a_report_submitted_after_its_due_date_stays_late(heraklion):
    plan = make_plan(heraklion)
    make_dated_report(plan, DUE, submitted_on=DUE + datetime.timedelta(days=3))
    board = on(datetime.date(2026, 6, 30))
    assert (board.on_time, board.late) == (0, 1)


def test_unpublished_plans_and_reports_are_never_counted(heraklion, strasbourg):
    plan = make_plan(heraklion, measures=(Area.HOUSING,))
    (housing,) = plan.measures.all()
    # Submitted on time but still under review: neither on time (not public) nor late.
    make_dated_report(
        plan,
        DUE,
        submitted_on=DUE,
        status=Status.SUBMITTED,
        progress=[(housing, MeasureStatus.DROPPED, 999999)],
    )
    make_plan(strasbourg, status=Status.SUBMITTED, measures=(Area.HEALTH,))
    make_plan(strasbourg, status=Status.DRAFT, first_year=2025, measures=(Area.HEALTH,))
    board = on(datetime.date(2026, 6, 30))
    assert board.participants == 1 and [p.pk for p in board.plans] == [plan.pk]
    assert (board.on_time, board.late) == (0, 0)
    assert [area["value"] for area in board.areas] == [Area.HOUSING]
    assert board.areas[0]["statuses"] == {figures.NOT_REPORTED: 1}
    assert board.spent == 0


def test_measures_by_area_and_status_come_from_the_latest_published_report(heraklion):
    plan = make_plan(heraklion, measures=(Area.EDUCATION, Area.HOUSING, Area.HOUSING), report_every_years=1)
    education, housing, repairs = plan.measures.all()
    make_dated_report(
        plan,
        datetime.date(2025, 2, 15),
        submitted_on=datetime.date(2025, 2, 1),
        progress=[(education, MeasureStatus.NOT_STARTED, 0), (housing, MeasureStatus.ONGOING, 5000)],
    )
    make_dated_report(
        plan,
        datetime.date(2026, 2, 15),
        submitted_on=datetime.date(2026, 2, 1),
        progress=[(education, MeasureStatus.DONE, 25000)],
    )
    by_area = {area["value"]: area for area in on(datetime.date(2026, 6, 30)).areas}
    assert by_area[Area.EDUCATION]["statuses"] == {MeasureStatus.DONE: 1}
    assert by_area[Area.HOUSING]["statuses"] == {MeasureStatus.ONGOING: 1, figures.NOT_REPORTED: 1}
    assert (by_area[Area.HOUSING]["budget"], by_area[Area.HOUSING]["spent"]) == (50000, 5000)
    # A year earlier, only the first report had been published.
    earlier = {area["value"]: area for area in on(datetime.date(2025, 6, 30)).areas}
    assert earlier[Area.EDUCATION]["statuses"] == {MeasureStatus.NOT_STARTED: 1}


def test_the_filters_narrow_every_figure(two_plans, heraklion):
    day = datetime.date(2026, 6, 30)
    greek = on(day, country="GR")
    assert [plan.authority for plan in greek.plans] == [heraklion]
    assert (greek.participants, greek.on_time, greek.late) == (1, 1, 0)
    assert [row["code"] for row in greek.countries] == ["GR"]
    housing = on(day, area=Area.HOUSING)
    assert [plan.authority for plan in housing.plans] == [heraklion]
    assert [area["value"] for area in housing.areas] == [Area.HOUSING] and housing.measure_count == 1
    assert on(day, country="AL").plans == []


def test_the_page_shows_the_figures_charts_tables_and_plans_of_the_day(client, two_plans, heraklion):
    response = client.get(DASHBOARD, {"on": "2026-06-30"})
    assert response.status_code == 200
    page = response.text
    assert "Figures as of 30 June 2026" in page
    assert page.count('role="img"') == 3 and page.count("<caption") == 3
    assert 'aria-labelledby="chart-measures-title chart-measures-desc"' in page
    punctual, tardy = two_plans
    assert (
        f'href="/en/action-plans/{punctual.pk}/"' in page and f'href="/en/action-plans/{tardy.pk}/"' in page
    )
    assert f'href="/en/participants/{heraklion.slug}/"' in page
    assert "uphold the Council of Europe" in page
    assert 'href="/en/action-plans/plans.csv"' in page
    filtered = client.get(DASHBOARD, {"on": "2026-06-30", "country": "GR"}).text
    assert f'/en/action-plans/{tardy.pk}/"' not in filtered
    assert 'href="/en/action-plans/plans.csv?country=GR"' in filtered


def test_a_day_with_no_plan_in_force_says_so_without_charts(client, heraklion):
    ended = make_plan(heraklion, first_year=2024, last_year=2024)
    page = client.get(DASHBOARD, {"on": "2025-06-30"}).text
    assert "No plan was in force on that date." in page and 'role="img"' not in page
    assert "Other published plans" in page and f'href="/en/action-plans/{ended.pk}/"' in page


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("30/06/2026", "Enter the date as YYYY-MM-DD"),
        ("2026-02-30", "Enter the date as YYYY-MM-DD"),
        ("9" * 5000, "Enter the date as YYYY-MM-DD"),
        ("1800-01-01", "Choose a day between 1900 and today."),
        ("2999-01-01", "Choose a day between 1900 and today."),
    ],
)
def test_a_bad_date_is_a_clear_message_and_the_figures_of_today(client, two_plans, value, message):
    response = client.get(DASHBOARD, {"on": value})
    assert response.status_code == 400
    assert message in response.text and 'aria-invalid="true"' in response.text
    assert 'value="' + "9" * 21 not in response.text  # what was typed comes back, cut short


@pytest.mark.parametrize(
    "query", [{"country": "ZZ"}, {"country": "gr"}, {"area": "cooking"}, {"area": "x\x00"}, {"on": "\x00"}]
)
def test_a_filter_not_offered_is_refused_never_a_server_error(client, two_plans, query):
    response = client.get(DASHBOARD, query)
    assert response.status_code == 400
    assert "errorlist" in response.text


def test_demonstration_plans_are_marked_as_such(client, heraklion):
    make_plan(heraklion, demonstration=True)
    page = client.get(DASHBOARD, {"on": "2025-06-30"}).text
    assert "Demonstration content." in page
    assert "not the authorities' real plans" in page


def test_nothing_personal_is_shown(client, two_plans, focal_point, other_focal_point):
    page = client.get(DASHBOARD, {"on": "2026-06-30"}).text
    for person in (focal_point, other_focal_point):
        assert person.email not in page and person.name not in page and person.phone not in page


def test_the_figures_take_few_queries_however_many_plans(
    client, two_plans, countries, django_assert_max_num_queries
):
    from alliance.authorities.models import Authority
    from alliance.participants.models import Participation

    for number in range(8):
        authority = Authority.objects.create(name=f"Town {number}", country=countries["AL"])
        Participation.objects.create(authority=authority, accession_number=10 + number, joined_on=DUE)
        make_plan(authority, measures=(Area.HEALTH, Area.EDUCATION))
    with django_assert_max_num_queries(6):
        board = on(datetime.date(2026, 6, 30))
    assert board.participants == 10 and board.late == 9


def test_the_page_is_in_the_sitemap_in_both_languages(client, wagtail_root):
    sitemap = client.get("/sitemap.xml").text
    assert "/en/action-plans/</loc>" in sitemap and "/fr/action-plans/</loc>" in sitemap


def test_the_french_page_speaks_french(client, two_plans, site_shell):
    page = client.get("/fr/action-plans/", {"on": "2026-06-30"}).text
    assert "Plans d’action locaux" in page
    assert "Chiffres au 30 juin 2026" in page
