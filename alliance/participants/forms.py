from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Country, Level
from alliance.core import generations
from alliance.core.folding import fold
from alliance.core.languages import current_language

from . import counters, profile_sections
from .models import Participation

SORTS = {
    "name": (_("name"), ["name_sort", "accession_number"]),
    "accession": (_("accession number"), ["accession_number"]),
    "joined": (_("date joined, latest first"), ["-joined_on", "-accession_number"]),
    "country": (_("country"), ["country__{name}", "name_sort"]),
}
PAGE_SIZES = (10, 25, 50, 100)
DEFAULT_PAGE_SIZE = 25


def _choices():
    """Countries with a participant today and years in which someone joined, cached until a change.

    Both need a scan of every participation; caching them keeps the directory's queries few.
    """
    language = current_language()
    today = timezone.localdate()

    def choices():
        in_force = Participation.objects.current()
        countries = Country.objects.filter(pk__in=in_force.values("country_id"))
        years = {day.year for day in Participation.objects.values_list("joined_on", flat=True)}
        return (
            sorted(
                ((country.code, country.name) for country in countries), key=lambda choice: fold(choice[1])
            ),
            sorted(years, reverse=True),
        )

    return generations.cached(f"participants:directory-choices:{language}:{today}", counters.DOMAINS, choices)


class SearchInput(forms.TextInput):
    input_type = "search"


class DirectoryForm(forms.Form):
    """The directory's search, filters and sort, all in the query string so any view can be shared."""

    q = forms.CharField(label=_("Search by name"), required=False, max_length=100, widget=SearchInput)
    country = forms.ChoiceField(label=_("Country"), required=False)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("All levels")), *Level.choices]
    )
    year = forms.TypedChoiceField(label=_("Year joined"), required=False, coerce=int, empty_value=None)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(key, label) for key, (label, _fields) in SORTS.items()],
    )
    per_page = forms.TypedChoiceField(
        label=_("Per page"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_PAGE_SIZE,
        choices=[(size, size) for size in PAGE_SIZES],
    )

    def __init__(self, data=None, **kwargs):
        if data is not None and data.get("per_page") not in [str(size) for size in PAGE_SIZES]:
            # The menu shows the page size the list uses: without one (or with one it does not
            # offer), that is the default, not the menu's first choice.
            data = data.copy()
            data["per_page"] = str(DEFAULT_PAGE_SIZE)
        super().__init__(data, **kwargs)
        countries, years = _choices()
        self.fields["country"].choices = [("", _("All countries")), *countries]
        self.fields["year"].choices = [("", _("All years")), *[(year, year) for year in years]]
        self.extra_filters = profile_sections.directory_filters()
        for extra in self.extra_filters:
            self.fields[extra["name"]] = forms.ChoiceField(
                label=extra["label"],
                required=False,
                choices=[("", _("All"))] + list(extra["choices"]()),
            )

    def filters(self):
        """The valid filters; an invalid value (a stale link, a typo) is ignored, never an error page."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}
