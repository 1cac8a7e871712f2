"""Local Action Plans: the published plans, their measures and the published progress reports,
with the dashboard's filters."""

from typing import Literal

from ninja import Field, Query

from alliance.actionplans import datasets as plan_datasets
from alliance.actionplans.models import Area

from ..paging import PageParameters, page_schema, paginate, record_schema
from ..problems import Problem

ActionPlan = record_schema(plan_datasets.PLANS, "ActionPlan")
ActionPlanPage = page_schema(ActionPlan, "ActionPlanPage", "A page of action plans")
Measure = record_schema(plan_datasets.MEASURES, "ActionPlanMeasure")
MeasurePage = page_schema(Measure, "ActionPlanMeasurePage", "A page of measures of action plans")
Report = record_schema(plan_datasets.REPORTS, "ProgressReport")
ReportPage = page_schema(Report, "ProgressReportPage", "A page of progress reports")


class PlanFilters(PageParameters):
    country: str | None = Field(
        None,
        pattern=r"^[A-Z]{2}$",
        description="ISO 3166-1 alpha-2 code of the authority's country",
        examples=["GR"],
    )
    area: Literal[tuple(Area.values)] | None = Field(  # type: ignore[valid-type]
        None, description="Only plans with a measure in this area (only its measures)", examples=["housing"]
    )


def _query(filters):
    return filters.dict(exclude={"page", "per_page"}, exclude_none=True)


def register(api):
    @api.get(
        "/action-plans",
        response={200: ActionPlanPage, 404: Problem, 422: Problem},
        summary="Published Local Action Plans, one record per plan",
        description="The same records and filters as the files of /en/action-plans/. A plan marked "
        "`demonstration` was made up to show the platform: its figures are not real facts.",
        tags=["action plans"],
    )
    def action_plans(request, filters: Query[PlanFilters]):
        return paginate(request, plan_datasets.PLANS, _query(filters), filters)

    @api.get(
        "/action-plans/measures",
        response={200: MeasurePage, 404: Problem, 422: Problem},
        summary="Measures of the published plans, with their latest reported status",
        description="One record per measure; its status and spending come from the latest "
        "published progress report that speaks of it (`not-reported` when none does).",
        tags=["action plans"],
    )
    def action_plan_measures(request, filters: Query[PlanFilters]):
        return paginate(request, plan_datasets.MEASURES, _query(filters), filters)

    @api.get(
        "/action-plans/reports",
        response={200: ReportPage, 404: Problem, 422: Problem},
        summary="Published progress reports on the plans, with whether each came on time",
        description="One record per published report: its due date, the day it was first "
        "submitted and `on_time`.",
        tags=["action plans"],
    )
    def action_plan_reports(request, filters: Query[PlanFilters]):
        return paginate(request, plan_datasets.REPORTS, _query(filters), filters)
