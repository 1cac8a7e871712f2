from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AdoptedText, TextType


class TextFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    text_type = forms.ChoiceField(label=_("Type"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        self.fields["text_type"].choices = every + list(TextType.choices)
        years = AdoptedText.objects.public().dates("adopted_on", "year", order="DESC")
        self.fields["year"].choices = every + [(day.year, str(day.year)) for day in years]

    def filter(self, texts):
        if not self.is_valid():
            return texts
        if self.cleaned_data["q"]:
            texts = texts.search(self.cleaned_data["q"])
        if self.cleaned_data["text_type"]:
            texts = texts.filter(text_type=self.cleaned_data["text_type"])
        if self.cleaned_data["year"]:
            texts = texts.filter(adopted_on__year=self.cleaned_data["year"])
        return texts
