"""A focal point records the steps their municipality reached in a programme (ROMACT).

Focal points come after programmes in the data flow, so this module imports them directly; the
state change itself is programmes' own `record_step`, which checks the dates and writes the
audit entry.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from alliance.programmes.models import ProgrammeParticipation, Step
from alliance.programmes.services import record_step

from .access import focal_point_required


class StepForm(forms.Form):
    step = forms.ChoiceField(label=gettext_lazy("Step"))
    reached_on = forms.DateField(
        label=gettext_lazy("Reached on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    approximate = forms.BooleanField(label=gettext_lazy("The exact day is not known"), required=False)

    def __init__(self, *args, steps, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["step"].choices = steps


def _participations(focal_point):
    return (
        ProgrammeParticipation.objects.filter(authority=focal_point.authority, programme__tracks_steps=True)
        .select_related("programme", "phase")
        .prefetch_related("steps")
    )


def _rows(focal_point, bound=None):
    rows = []
    for participation in _participations(focal_point):
        prefix = f"p{participation.pk}"
        data = bound if bound is not None and bound.get("participation") == str(participation.pk) else None
        form = StepForm(data, steps=Step.choices, prefix=prefix, initial={"reached_on": timezone.localdate()})
        rows.append({"participation": participation, "steps": list(participation.steps.all()), "form": form})
    return rows


def members_section(focal_point, request):
    if not _participations(focal_point).exists():
        return None
    return {"order": 30, "template": "focalpoints/programme_steps_section.html", "context": {}}


@focal_point_required
def steps(request):
    return render(request, "focalpoints/programme_steps.html", {"rows": _rows(request.focal_point)})


@require_POST
@focal_point_required
def record(request, pk):

    # Only a participation of the focal point's own authority is found; any other pk is a 404.
    participation = get_object_or_404(_participations(request.focal_point), pk=pk)
    form = StepForm(request.POST, steps=Step.choices, prefix=f"p{participation.pk}")
    if form.is_valid():
        try:
            record_step(
                participation,
                form.cleaned_data["step"],
                form.cleaned_data["reached_on"],
                request.user,
                approximate=form.cleaned_data["approximate"],
            )
        except ValidationError as error:
            form.add_error("reached_on", error)
        else:
            messages.success(request, _("The step is recorded."))
            return redirect("focalpoints:programme_steps")
    rows = _rows(request.focal_point)
    for row in rows:
        if row["participation"].pk == participation.pk:
            row["form"] = form
    return render(request, "focalpoints/programme_steps.html", {"rows": rows}, status=400)
