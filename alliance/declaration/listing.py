"""The public list of signatories, in the order a reader expects: by country, then by authority.

With a million signatures an OFFSET over one sorted query would be slow, so the list walks the
countries in the reader's alphabetical order using the cached counts per country, and asks the
database only for the slice of the one or two countries a page covers (an index serves each slice).
"""

import datetime

from django import forms
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Level
from alliance.core import generations
from alliance.core.dates import long_date
from alliance.core.folding import fold

from . import counters
from .forms import country_choices
from .models import Signature

FIRST_YEAR = 2017  # the Declaration was opened for signature in 2017


class Filters:
    def __init__(self, country_id=None, level="", year=None, query="", until=None):
        self.country_id = country_id
        self.level = level
        self.year = year
        self.query = fold(query)
        self.until = until  # the list as it stood on that day: signatures signed by then

    @property
    def any(self):
        return bool(self.country_id or self.level or self.year or self.query or self.until)

    def apply(self, queryset):
        if self.country_id:
            queryset = queryset.filter(country_id=self.country_id)
        if self.level:
            queryset = queryset.filter(level=self.level)
        if self.year:
            start = datetime.date(self.year, 1, 1)
            queryset = queryset.filter(signed_on__gte=start, signed_on__lt=start.replace(year=self.year + 1))
        if self.query:
            queryset = queryset.filter(search_folded__contains=self.query)
        if self.until:
            queryset = queryset.filter(signed_on__lte=self.until)
        return queryset

    def cache_name(self):
        return f"{self.country_id}|{self.level}|{self.year}|{self.query}|{self.until or ''}"


class ListFilterForm(forms.Form):
    q = forms.CharField(label=_("Search by authority or name"), required=False, max_length=100)
    country = forms.TypedChoiceField(label=_("Country"), required=False, coerce=int, empty_value=None)
    level = forms.ChoiceField(label=_("Level"), required=False)
    year = forms.TypedChoiceField(label=_("Year of signing"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("All countries"))] + country_choices()
        self.fields["level"].choices = [("", _("All levels"))] + list(Level.choices)
        years = range(timezone.localdate().year, FIRST_YEAR - 1, -1)
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in years]

    def filters(self):
        if not self.is_valid():
            # A value that is not offered (an old bookmark, a typo) is left out rather than refused.
            data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        else:
            data = self.cleaned_data
        return Filters(data.get("country"), data.get("level") or "", data.get("year"), data.get("q") or "")


def counts_for(filters):
    """{country_id: verified signatures matching the filters}; the unfiltered figures are the counter's."""
    if not filters.any:
        return counters.by_country()

    def count():
        queryset = filters.apply(Signature.objects.public())
        return dict(queryset.values_list("country_id").annotate(n=Count("id")).order_by())

    # Filters are typed by visitors: long names are hashed, and entries expire after ten minutes.
    return generations.cached(
        f"declaration:list:{filters.cache_name()}", counters.DOMAINS, count, timeout=600
    )


class PublicList:
    """A sliceable, countable list for Django's Paginator; rows are dicts of public fields only."""

    def __init__(self, filters):
        self.filters = filters
        self.per_country = counts_for(filters)
        self.countries = [(int(pk), name) for pk, name in country_choices() if self.per_country.get(int(pk))]

    def count(self):
        return sum(self.per_country.values())

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        return list(self.rows(start, stop))

    def rows(self, start=0, stop=None):
        position = 0
        base = self.filters.apply(Signature.objects.public())
        for country_id, country_name in self.countries:
            size = self.per_country[country_id]
            if stop is not None and position >= stop:
                return
            if position + size <= start:
                position += size
                continue
            skip = max(0, start - position)
            in_country = base.filter(country_id=country_id).order_by("authority_name_folded", "id")
            if stop is None:
                chunk = in_country.public_values().iterator(chunk_size=2000)
            else:
                chunk = _window(in_country, skip, stop - position)
            for number, row in enumerate(chunk, start=position + skip + 1):
                yield public_row(row, number, country_name)
            position += size


def _window(in_country, skip, stop):
    """Rows skip..stop of one country: the ids first, from the index alone (an OFFSET there skips
    index entries, not table rows), then those few rows."""
    ids = list(in_country.values_list("id", flat=True)[skip:stop])
    if not ids:
        return []
    rows = {row["pk"]: row for row in Signature.objects.filter(pk__in=ids).public_values()}
    return [rows[pk] for pk in ids if pk in rows]


def public_row(row, number, country_name):
    shown = row["show_name"]
    return {
        "number": number,
        "country": country_name,
        "country_code": row["country__code"],
        "authority": row["authority_name"],
        "authority_slug": row["authority__slug"],
        "level": row["level"],
        "capacity": row["capacity"],
        "signed_on": row["signed_on"],
        "signed_on_iso": row["signed_on"].isoformat() if row["signed_on"] else "",
        "signed_on_display": long_date(row["signed_on"]),
        "signer": row["signer_name"] if shown else "",
        "office": row["office"] if shown else "",
        "party": row["party"] if shown else "",
    }
