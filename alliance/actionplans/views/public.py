from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.http import http_date

from alliance.core.roles import is_moderator
from alliance.focalpoints.access import focal_point_of

from ..models import ActionPlan


def detail(request, pk):
    plan = get_object_or_404(
        ActionPlan.objects.public()
        .select_related("authority", "authority__country")
        .prefetch_related("programmes"),
        pk=pk,
    )
    measures = list(plan.measures.all())
    reports = list(
        plan.reports.public().order_by("-due_on").prefetch_related("progress__measure", "indicators")
    )
    return render(
        request, "actionplans/detail.html", {"plan": plan, "measures": measures, "reports": reports}
    )


def _may_read_unpublished(user, plan):
    focal_point = focal_point_of(user)
    return is_moderator(user) or (focal_point is not None and focal_point.authority_id == plan.authority_id)


def decision(request, pk):
    """The PDF of the decision that adopted a plan: public once the plan is published, before that
    only for the authority's focal points and the secretariat."""
    plan = get_object_or_404(ActionPlan.objects.select_related("authority"), pk=pk)
    published = plan.is_public
    if not plan.decision or not (published or _may_read_unpublished(request.user, plan)):
        raise Http404("no such decision")
    try:
        handle = plan.decision.open("rb")
    except FileNotFoundError as error:
        raise Http404("file missing") from error
    response = FileResponse(
        handle,
        as_attachment=False,
        filename=f"action-plan-{plan.authority.slug}-{plan.first_year}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    if published:
        response["Last-Modified"] = http_date(plan.updated_at.timestamp())
    else:
        response["Cache-Control"] = "private, no-store"
    return response
