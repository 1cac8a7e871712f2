"""A focal point's own action plans. The authority always comes from the signed-in focal point:
another authority's plan is simply not found (404), never a hint that it exists."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from alliance.focalpoints.access import focal_point_required

from .. import services
from ..forms import MeasureFormSet, PlanForm
from ..models import ActionPlan


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
