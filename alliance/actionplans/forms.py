import uuid

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from alliance.applications.letters import check_letter
from alliance.applications.storage import PrivateFileInput

from .models import EDITABLE, ActionPlan, Indicator, Measure, MeasureProgress, ProgressReport

MAX_MEASURES = 60
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class DecisionField(forms.FileField):
    """The decision that adopted the plan: a PDF, checked by what it holds (like an application's letter)."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload and upload is not initial:
            check_letter(upload)
            # The sender's file name says nothing useful and may say something personal.
            upload.name = f"decision-{uuid.uuid4().hex[:12]}.pdf"
        return upload


class PlanForm(forms.ModelForm):
    """What a focal point writes; the authority is always their own and never a field."""

    decision = DecisionField(
        label=_("Decision that adopted the plan (PDF)"),
        required=False,
        widget=PrivateFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    class Meta:
        model = ActionPlan
        fields = [
            "title",
            "language",
            "summary",
            "first_year",
            "last_year",
            "adopted_by",
            "adopted_on",
            "decision",
            "programmes",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "adopted_on": DATE,
            "programmes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_year", "last_year"):
            self.fields[name].widget.attrs.update({"min": 1990, "max": 2100})

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.status not in EDITABLE:
            raise forms.ValidationError(
                _("This plan is with the secretariat or published; it cannot be changed now.")
            )
        first, last = cleaned.get("first_year"), cleaned.get("last_year")
        if first and last and last < first:
            self.add_error("last_year", _("The period cannot end before it starts."))
        return cleaned


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "area",
            "description",
            "budget",
            "funding_source",
            "responsible_body",
            "starts_on",
            "ends_on",
            "roma_involvement",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "roma_involvement": forms.Textarea(attrs={"rows": 2}),
            "starts_on": DATE,
            "ends_on": DATE,
        }

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The measure cannot end before it starts."))
        return cleaned


MeasureFormSet = inlineformset_factory(
    ActionPlan,
    Measure,
    form=MeasureForm,
    extra=1,
    can_delete=True,
    max_num=MAX_MEASURES,
    validate_max=True,
    absolute_max=MAX_MEASURES,
)


class ReportForm(forms.ModelForm):
    class Meta:
        model = ProgressReport
        fields = ["results", "obstacles", "roma_participation"]
        widgets = {name: forms.Textarea(attrs={"rows": 4}) for name in fields}

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.status not in EDITABLE:
            raise forms.ValidationError(
                _("This report is with the secretariat or published; it cannot be changed now.")
            )
        return cleaned


class ProgressForm(forms.ModelForm):
    """Where one measure stands; one such form per measure of the plan, prefixed with its id."""

    class Meta:
        model = MeasureProgress
        fields = ["status", "spent", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}


def progress_forms(report, measures, data=None):
    """[(measure, form)] for every measure of the plan, filled with what the report says so far."""
    known = {progress.measure_id: progress for progress in report.progress.all()} if report.pk else {}
    return [
        (measure, ProgressForm(data, instance=known.get(measure.pk), prefix=f"measure-{measure.pk}"))
        for measure in measures
    ]


class IndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = ["name", "unit", "baseline", "baseline_year", "value", "value_year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("baseline_year", "value_year"):
            self.fields[name].widget.attrs.update({"min": 1990, "max": 2100})

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("baseline_year"), cleaned.get("value_year")
        if first and last and last < first:
            self.add_error("value_year", _("The value cannot be older than the baseline."))
        return cleaned


MAX_INDICATORS = 30
IndicatorFormSet = inlineformset_factory(
    ProgressReport,
    Indicator,
    form=IndicatorForm,
    extra=1,
    can_delete=True,
    max_num=MAX_INDICATORS,
    validate_max=True,
    absolute_max=MAX_INDICATORS,
)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("accept", _("Accept and publish")),
            ("changes", _("Ask for changes")),
            ("withdraw", _("Withdraw from the site")),
        ],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("What should change"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the authority's focal points and shown with the plan in their area."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "changes" and not cleaned.get("message", "").strip():
            self.add_error("message", _("Say what should change: the focal points will read it."))
        return cleaned
