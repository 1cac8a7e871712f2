"""A focal point's own practices. The authority always comes from the signed-in focal point."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from alliance.focalpoints.access import focal_point_required

from .. import services
from ..forms import ProposalForm
from ..models import GoodPractice, Status


def _own(request, pk):
    # Another authority's practice is simply not found: 404, never a hint that it exists.
    return get_object_or_404(GoodPractice, pk=pk, authority=request.focal_point.authority)


@focal_point_required
def propose(request):
    return _edit(request, GoodPractice())


@focal_point_required
def edit(request, pk):
    practice = _own(request, pk)
    if practice.status not in (Status.DRAFT, Status.REJECTED):
        messages.info(request, _("This practice is being reviewed or is published; it cannot be changed."))
        return redirect("focalpoints:home")
    return _edit(request, practice)


def _edit(request, practice):
    form = ProposalForm(request.POST or None, instance=practice)
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            services.propose(form.instance, request.focal_point.authority, request.user, submit=submit)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("focalpoints:home")
        if submit:
            messages.success(
                request, _("Thank you. The secretariat will review the practice before it is published.")
            )
        else:
            messages.success(request, _("The draft is saved. Submit it when it is ready."))
        return redirect("focalpoints:home")
    return render(
        request,
        "practices/proposal_form.html",
        {"form": form, "practice": practice, "authority": request.focal_point.authority},
    )
