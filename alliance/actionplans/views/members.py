"""A focal point's own action plans. The authority always comes from the signed-in focal point:
another authority's plan is simply not found (404), never a hint that it exists."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from alliance.focalpoints.access import focal_point_required

from .. import services
from ..forms import IndicatorFormSet, MeasureFormSet, PlanForm, ReportForm, progress_forms
from ..models import ActionPlan, ProgressReport, Status
from ..schedule import next_due


@focal_point_required
def new(request):
    return _edit(request, ActionPlan(language=request.focal_point.language))


@focal_point_required
def edit(request, pk):
    plan = get_object_or_404(ActionPlan, pk=pk, authority=request.focal_point.authority)
    if not plan.is_editable:
        messages.info(request, services.NOT_EDITABLE)
        return redirect("focalpoints:home")
    return _edit(request, plan)


def _edit(request, plan):
    post = request.POST if request.method == "POST" else None
    form = PlanForm(post, request.FILES or None, instance=plan)
    measures = MeasureFormSet(post, instance=plan, prefix="measures")
    if post is not None and form.is_valid() and measures.is_valid():
        submit = "submit" in request.POST
        try:
            plan = services.save(
                form.save(commit=False),
                request.focal_point.authority,
                request.user,
                measures=measures,
                submit=submit,
            )
            form.save_m2m()
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submit:
                messages.success(
                    request, _("Thank you. The secretariat will review the plan before it is published.")
                )
                return redirect("focalpoints:home")
            messages.success(request, _("The draft is saved. Add measures, then submit it when it is ready."))
            return redirect("actionplans:edit", plan.pk)
    return render(
        request,
        "actionplans/plan_form.html",
        {"form": form, "measures": measures, "plan": plan, "authority": request.focal_point.authority},
        status=400 if post is not None else 200,
    )


@focal_point_required
def new_report(request, plan_pk):
    """A report for the plan's next due date that has none yet."""
    plan = get_object_or_404(
        ActionPlan, pk=plan_pk, authority=request.focal_point.authority, status=Status.PUBLISHED
    )
    due = next_due(plan, plan.reports.all())
    if due is None:
        messages.info(request, _("Every report this plan asks for is written."))
        return redirect("focalpoints:home")
    return _edit_report(request, ProgressReport(plan=plan, due_on=due))


@focal_point_required
def edit_report(request, pk):
    report = get_object_or_404(
        ProgressReport.objects.select_related("plan"), pk=pk, plan__authority=request.focal_point.authority
    )
    if not report.is_editable:
        messages.info(request, services.REPORT_NOT_EDITABLE)
        return redirect("focalpoints:home")
    return _edit_report(request, report)


def _edit_report(request, report):
    plan = report.plan
    post = request.POST if request.method == "POST" else None
    form = ReportForm(post, instance=report)
    progress = progress_forms(report, list(plan.measures.all()), post)
    indicators = IndicatorFormSet(post, instance=report, prefix="indicators")
    valid = post is not None and all(
        [form.is_valid(), indicators.is_valid()] + [f.is_valid() for _m, f in progress]
    )
    if valid:
        submit = "submit" in request.POST
        try:
            report = services.save_report(
                form.save(commit=False),
                plan,
                request.user,
                progress={measure: progress_form.cleaned_data for measure, progress_form in progress},
                indicators=indicators,
                submit=submit,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submit:
                messages.success(
                    request, _("Thank you. The secretariat will review the report before it is published.")
                )
                return redirect("focalpoints:home")
            messages.success(request, _("The draft report is saved. Submit it when it is ready."))
            return redirect("actionplans:edit_report", report.pk)
    return render(
        request,
        "actionplans/report_form.html",
        {"form": form, "progress": progress, "indicators": indicators, "report": report, "plan": plan},
        status=400 if post is not None else 200,
    )
