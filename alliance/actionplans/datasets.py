"""The published Local Action Plans, their measures and their published progress reports, as
datasets exported in every format by `alliance.core.exports` and served by the API.

Only what the secretariat published is a row: a measure of a plan under review, or a report that
is not published, is never part of a file. Nothing personal is either: no focal point, no
reviewer, no message of the review. Each row says whether the plan is demonstration content.

The dashboard's filters apply to the files too (`?country=GR&area=housing`); a filter that names
no country code or no area gives no row rather than every row.
"""

import datetime
import re

from django.conf import settings
from django.db.models import Count, Max, Min, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table, as_of

from .figures import NOT_REPORTED, PLAN_ORDER, Filters, latest_progress
from .models import ActionPlan, Area, Measure, MeasureStatus, ProgressReport

COUNTRY_CODE = re.compile(r"[A-Z]{2}")
PLAN_URL = "https://example.org/en/action-plans/12/"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _day(moment):
    """The day of a moment as the site's time zone sees it (the dashboard's days are those too)."""
    return timezone.localdate(moment) if moment else None


def filters_of(query):
    """The dashboard's filters read from a query, or None when one of them cannot match anything."""
    query = query or {}
    country = str(query.get("country") or "")
    area = str(query.get("area") or "")
    if (country and not COUNTRY_CODE.fullmatch(country)) or (area and area not in Area.values):
        return None
    return Filters(country=country, area=area)


def _published(queryset, query):
    """What was published by the day `?on=` names (today by default)."""
    day = as_of(query)
    return queryset if day is None else queryset.filter(published_at__date__lte=day)


def _plans(query):
    filters = filters_of(query)
    if filters is None:
        return ActionPlan.objects.none()
    plans = _published(ActionPlan.objects.public(), query)
    return filters.plans(plans).select_related("authority", "authority__country")


def _plan_columns():
    return (
        Column("authority", "string", _("City or region whose plan it is"), "Megara"),
        Column(
            "authority_slug", "string", _("Identifier of that authority in the site's addresses"), "megara"
        ),
        Column("country_code", "string", _("ISO 3166-1 alpha-2 code of its country"), "GR"),
    )


def _plan_values(request, plan):
    authority = plan.authority
    return {
        "plan_id": plan.pk,
        "authority": authority.name,
        "authority_slug": authority.slug,
        "country_code": authority.country.code,
        "demonstration": plan.demonstration,
        "plan_url": request.build_absolute_uri(reverse("actionplans:detail", args=[plan.pk])),
    }


DEMONSTRATION = Column(
    "demonstration",
    "boolean",
    _("True when the plan was made up to show the platform: its figures are not real facts"),
    False,
    {"required": True},
)
PLAN_ID = Column("plan_id", "integer", _("Identifier of the plan on this site"), 12, {"required": True})
PLAN_LINK = Column("plan_url", "string", _("Address of the plan's page on this site"), PLAN_URL)

PLAN_COLUMNS = (
    PLAN_ID,
    *_plan_columns(),
    Column(
        "title", "string", _("Title of the plan, in its own language"), "Local Action Plan for Roma Inclusion"
    ),
    Column("language", "string", _("Language the plan is written in (ISO 639-1)"), "en", {"enum": LANGUAGES}),
    Column("first_year", "integer", _("First year of the plan"), 2024),
    Column("last_year", "integer", _("Last year of the plan"), 2027),
    Column("adopted_by", "string", _("Body that adopted it"), "Municipal council"),
    Column("adopted_on", "date", _("Day it was adopted"), "2024-02-15"),
    Column("published_on", "date", _("Day the secretariat published it"), "2024-03-01"),
    Column("report_every_years", "integer", _("A progress report is due every this many years"), 2),
    Column("measures", "integer", _("Number of its measures"), 3),
    Column("budget", "integer", _("Sum of the budgets of its measures, in euros"), 800000),
    Column("areas", "string", _("Areas its measures cover, separated by spaces"), "housing health"),
    DEMONSTRATION,
    PLAN_LINK,
)


def _plan_rows(request, query):
    plans = _plans(query).annotate(measure_count=Count("measures"), budget_total=Sum("measures__budget"))
    areas = {}
    for plan_id, area in (
        Measure.objects.filter(plan__in=_plans(query)).values_list("plan", "area").distinct()
    ):
        areas.setdefault(plan_id, set()).add(area)
    for plan in plans.order_by(*PLAN_ORDER):
        yield {
            **_plan_values(request, plan),
            "title": plan.title,
            "language": plan.language,
            "first_year": plan.first_year,
            "last_year": plan.last_year,
            "adopted_by": plan.adopted_by,
            "adopted_on": plan.adopted_on,
            "published_on": _day(plan.published_at),
            "report_every_years": plan.report_every_years,
            "measures": plan.measure_count,
            "budget": int(plan.budget_total) if plan.budget_total is not None else None,
            "areas": " ".join(value for value in Area.values if value in areas.get(plan.pk, ())),
        }


KEYWORDS = (_("Roma"), _("inclusion"), _("action plans"), _("local authorities"))


def _span():
    """The first day a plan was published, and the latest day a plan or a report was."""
    plans = ActionPlan.objects.public().aggregate(first=Min("published_at"), last=Max("published_at"))
    reports = ProgressReport.objects.public().aggregate(last=Max("published_at"))
    last = max((moment for moment in (plans["last"], reports["last"]) if moment), default=None)
    return _day(plans["first"]), _day(last)


PLANS = Table(
    name="action-plans",
    title=_("Local Action Plans for Roma inclusion"),
    description=_(
        "The plans of participating cities and regions that the secretariat published: one row "
        "per plan, with its period, the number and budget of its measures and the areas they cover."
    ),
    columns=PLAN_COLUMNS,
    rows=_plan_rows,
    page="actionplans:index",
    frequency="MONTHLY",
    frequency_label=_("whenever the secretariat publishes a plan"),
    primary_key=("plan_id",),
    dated=True,
    keywords=(*KEYWORDS, _("Local Action Plans")),
    themes=("SOCI", "GOVE", "REGI"),
    issued=datetime.date(2026, 12, 7),
    span=_span,
)

MEASURE_COLUMNS = (
    Column("id", "integer", _("Identifier of the measure on this site"), 31, {"required": True}),
    PLAN_ID,
    *_plan_columns(),
    Column("title", "string", _("Title of the measure, in the plan's language"), "Housing programme"),
    Column("area", "string", _("Area"), "housing", {"enum": list(Area.values)}),
    Column("description", "string", _("What the measure does, in the plan's language"), "Repairs of homes."),
    Column("budget", "integer", _("Budget in euros; empty if the plan gives none"), 400000),
    Column("funding_source", "string", _("Where the money comes from"), "Municipal budget"),
    Column(
        "responsible_body", "string", _("Department or office responsible for it"), "Technical department"
    ),
    Column("starts_on", "date", _("Day it starts; empty if not given"), "2024-09-01"),
    Column("ends_on", "date", _("Day it ends; empty if not given"), "2027-06-30"),
    Column("roma_involvement", "string", _("How Roma take part, in the plan's language"), "Families choose."),
    Column(
        "status",
        "string",
        _("Status in the latest published progress report that speaks of it, or not-reported"),
        "ongoing",
        {"enum": [*MeasureStatus.values, NOT_REPORTED], "required": True},
    ),
    Column("spent", "integer", _("Euros spent so far, as that report gives them"), 120000),
    Column("reported_for", "date", _("Due date of that report; empty if none"), "2026-02-15"),
    DEMONSTRATION,
    PLAN_LINK,
)


def _measure_rows(request, query):
    filters = filters_of(query)
    if filters is None:
        return
    plans = list(_plans(query).prefetch_related("measures").order_by(*PLAN_ORDER))
    latest = latest_progress(plans, as_of(query) or timezone.localdate())
    for plan in plans:
        for measure in filters.measures(plan.measures.all()):
            record = latest.get(measure.pk)
            yield {
                **_plan_values(request, plan),
                "id": measure.pk,
                "title": measure.title,
                "area": measure.area,
                "description": measure.description,
                "budget": int(measure.budget) if measure.budget is not None else None,
                "funding_source": measure.funding_source,
                "responsible_body": measure.responsible_body,
                "starts_on": measure.starts_on,
                "ends_on": measure.ends_on,
                "roma_involvement": measure.roma_involvement,
                "status": record.status if record else NOT_REPORTED,
                "spent": int(record.spent) if record and record.spent is not None else None,
                "reported_for": record.report.due_on if record else None,
            }


MEASURES = Table(
    name="action-plan-measures",
    title=_("Measures of the Local Action Plans"),
    description=_(
        "Every measure of the published plans: its area, budget and the body responsible for it, "
        "with its status and the money spent as the latest published progress report gives them."
    ),
    columns=MEASURE_COLUMNS,
    rows=_measure_rows,
    page="actionplans:index",
    frequency="MONTHLY",
    frequency_label=_("whenever the secretariat publishes a plan or a progress report"),
    primary_key=("id",),
    dated=True,
    keywords=(*KEYWORDS, _("measures")),
    themes=("SOCI", "GOVE", "REGI"),
    issued=datetime.date(2026, 12, 7),
    span=_span,
)

REPORT_COLUMNS = (
    Column("id", "integer", _("Identifier of the report on this site"), 5, {"required": True}),
    PLAN_ID,
    *_plan_columns(),
    Column("due_on", "date", _("Day the report was due"), "2026-02-15", {"required": True}),
    Column("submitted_on", "date", _("Day it was first submitted"), "2026-02-10"),
    Column(
        "on_time",
        "boolean",
        _("True when it was first submitted on or before its due date"),
        True,
        {"required": True},
    ),
    Column("published_on", "date", _("Day the secretariat published it"), "2026-03-02"),
    Column("results", "string", _("What changed, in the plan's language"), "Forty children in pre-school."),
    Column("obstacles", "string", _("Obstacles met, in the plan's language"), ""),
    Column(
        "roma_participation", "string", _("How Roma took part, in the plan's language"), "A Roma council."
    ),
    Column("measures_reported", "integer", _("Number of measures the report gives a status for"), 3),
    DEMONSTRATION,
    PLAN_LINK,
)


def _report_rows(request, query):
    filters = filters_of(query)
    if filters is None:
        return
    plans = filters.plans(_published(ActionPlan.objects.public(), query))
    reports = (
        _published(ProgressReport.objects.public(), query)
        .filter(plan__in=plans)
        .select_related("plan", "plan__authority", "plan__authority__country")
        .annotate(measures_reported=Count("progress"))
        .order_by(*(f"-plan__{key[1:]}" if key[0] == "-" else f"plan__{key}" for key in PLAN_ORDER), "due_on")
    )
    for report in reports:
        yield {
            **_plan_values(request, report.plan),
            "id": report.pk,
            "due_on": report.due_on,
            "submitted_on": _day(report.first_submitted_at),
            "on_time": report.on_time,
            "published_on": _day(report.published_at),
            "results": report.results,
            "obstacles": report.obstacles,
            "roma_participation": report.roma_participation,
            "measures_reported": report.measures_reported,
        }


REPORTS = Table(
    name="action-plan-reports",
    title=_("Progress reports on the Local Action Plans"),
    description=_(
        "The progress reports the secretariat published: one row per report, with its due date, "
        "the day it was first submitted and whether that was on time."
    ),
    columns=REPORT_COLUMNS,
    rows=_report_rows,
    page="actionplans:index",
    frequency="MONTHLY",
    frequency_label=_("whenever the secretariat publishes a progress report"),
    primary_key=("id",),
    dated=True,
    keywords=(*KEYWORDS, _("progress reports")),
    themes=("SOCI", "GOVE", "REGI"),
    issued=datetime.date(2026, 12, 7),
    span=_span,
)
