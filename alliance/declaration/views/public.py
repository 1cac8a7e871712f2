"""Public pages: the Declaration, its signatories and their exports (public fields only)."""

import csv
import json

from django import forms
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Level

from .. import counts
from ..forms import country_choices
from ..listing import Filters, PublicList
from ..models import DeclarationText

FIRST_YEAR = 2017
PER_PAGE = 50


def index(request):
    texts = list(DeclarationText.objects.published().only("language", "title"))
    wanted = request.GET.get("text") or (get_language() or "en")[:2]
    chosen = next((t for t in texts if t.language == wanted), None) or next(
        (t for t in texts if t.language == "en"), texts[0] if texts else None
    )
    if chosen is not None:
        chosen = DeclarationText.objects.get(pk=chosen.pk)
    return render(
        request,
        "declaration/index.html",
        {"texts": texts, "text": chosen, "count": counts.signatory_count()},
    )


class ListFilterForm(forms.Form):
    q = forms.CharField(label=_("Search by authority or name"), required=False, max_length=100)
    country = forms.TypedChoiceField(label=_("Country"), required=False, coerce=int, empty_value=None)
    level = forms.ChoiceField(label=_("Level"), required=False)
    year = forms.TypedChoiceField(label=_("Year of signing"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils import timezone

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


def signatories(request):
    form = ListFilterForm(request.GET or None)
    filters = form.filters() if request.GET else Filters()
    listing = PublicList(filters)
    page = Paginator(listing, PER_PAGE).get_page(request.GET.get("page"))
    by_country = counts.by_country()
    names = dict(country_choices())
    country_counts = sorted(
        ((names.get(str(pk), "?"), n) for pk, n in by_country.items()), key=lambda item: item[0]
    )
    query = request.GET.copy()
    query.pop("page", None)
    select_fields = [
        {
            "name": name,
            "label": form.fields[name].label,
            "options": _options(form.fields[name].choices, str(request.GET.get(name, ""))),
        }
        for name in ("country", "level", "year")
    ]
    return render(
        request,
        "declaration/signatories.html",
        {
            "form": form,
            "select_fields": select_fields,
            "page_obj": page,
            "rows": page.object_list,
            "count": counts.signatory_count(),
            "matching": listing.count(),
            "filtered": filters.any,
            "country_counts": country_counts,
            "map_svg": _map(by_country),
            "query": query.urlencode(),
        },
    )


def _options(choices, current):
    # Written in Python rather than through widget templates: the list page must stay fast.
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, mark_safe(" selected") if str(value) == current else "", label) for value, label in choices),
    )


def _map(by_country):
    """The participants' SVG map shaded by signatories per country; cached until the figures change."""
    try:
        from alliance.authorities.geography import render_map
    except ImportError:
        return ""
    from django.core.cache import cache

    from alliance.authorities.models import Country

    language = (get_language() or "en")[:2]
    key = f"declaration:map:{counts._generation()}:{language}"
    svg = cache.get(key)
    if svg is None:
        codes = dict(Country.objects.filter(pk__in=list(by_country)).values_list("pk", "code"))
        shading = {codes[pk]: n for pk, n in by_country.items() if pk in codes}
        svg = str(
            render_map(
                [],
                shading,
                title=str(_("Signatories of the Declaration by country")),
                legend_title=str(_("Signatories")),
            )
        )
        cache.set(key, svg, timeout=24 * 3600)
    return svg


EXPORT_FIELDS = [
    "number",
    "country",
    "country_code",
    "authority",
    "level",
    "capacity",
    "signed_on",
    "signer",
    "office",
    "party",
]


def _export_rows(request):
    form = ListFilterForm(request.GET or None)
    filters = form.filters() if request.GET else Filters()
    return PublicList(filters).rows()


class _Echo:
    def write(self, value):
        return value


def export_csv(request):
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(EXPORT_FIELDS)
        for row in _export_rows(request):
            yield writer.writerow([row[f] if row[f] is not None else "" for f in EXPORT_FIELDS])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="declaration-signatories.csv"'
    return response


def export_json(request):
    def chunks():
        yield "["
        for i, row in enumerate(_export_rows(request)):
            item = {f: row[f] for f in EXPORT_FIELDS}
            item["signed_on"] = row["signed_on"].isoformat() if row["signed_on"] else None
            yield ("," if i else "") + json.dumps(item, ensure_ascii=False)
        yield "]"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="declaration-signatories.json"'
    return response
