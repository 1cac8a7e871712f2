from django import forms
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Authority, Country

from .models import GoodPractice, Status, Theme


class PracticeFilterForm(forms.Form):
    """The public filters; unknown values are dropped rather than shown as errors."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    authority = forms.ChoiceField(label=_("Authority"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        public = GoodPractice.objects.public()
        every = [("", _("All"))]
        self.fields["theme"].choices = every + list(Theme.choices)
        countries = Country.objects.filter(authorities__good_practices__in=public).distinct()
        self.fields["country"].choices = every + sorted(
            ((country.code, country.name) for country in countries), key=lambda pair: pair[1]
        )
        authorities = Authority.objects.filter(good_practices__in=public).distinct().order_by("name")
        self.fields["authority"].choices = every + [(a.slug, a.name) for a in authorities]

    def filter(self, practices):
        if not self.is_valid():
            return practices
        data = self.cleaned_data
        if data["q"]:
            practices = practices.search(data["q"])
        if data["theme"]:
            practices = practices.filter(theme=data["theme"])
        if data["country"]:
            practices = practices.filter(authority__country__code=data["country"])
        if data["authority"]:
            practices = practices.filter(authority__slug=data["authority"])
        return practices


class ProposalForm(forms.ModelForm):
    """What a focal point writes; the authority is always their own and never a field."""

    class Meta:
        model = GoodPractice
        fields = [
            "title_en",
            "title_fr",
            "theme",
            "summary_en",
            "summary_fr",
            "results_en",
            "results_fr",
            "period_start",
            "period_end",
            "links",
        ]
        widgets = {"links": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].help_text = _(
            "Give the title and summary in at least one of the two languages."
        )
        for name in ("period_start", "period_end"):
            self.fields[name].widget.attrs.update({"min": 1900, "max": 2100})

    def clean(self):
        cleaned = super().clean()
        if self.instance.status in (Status.SUBMITTED, Status.PUBLISHED):
            raise forms.ValidationError(
                _("This practice is being reviewed or is published; it cannot be changed.")
            )
        return cleaned


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("publish", _("Publish")),
            ("reject", _("Reject")),
            ("unpublish", _("Withdraw from the site")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason for rejection"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown to the focal point who proposed the practice."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "reject" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Give the reason for the rejection: the author will read it."))
        return cleaned
