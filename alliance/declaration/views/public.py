"""Public pages: the Declaration, its signatories and their exports (public fields only)."""

import re

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from alliance.authorities.geography import render_map
from alliance.authorities.models import Country
from alliance.core import generations
from alliance.core.languages import current_language

from .. import counters, datasets
from ..forms import country_choices
from ..listing import Filters, ListFilterForm, PublicList
from ..models import DeclarationText

PER_PAGE = 50
VIEW_BOX = re.compile(r'viewBox="0 0 (\d+) (\d+)"')


def index(request):
    texts = list(DeclarationText.objects.published().only("language", "title"))
    wanted = request.GET.get("text") or current_language()
    chosen = next((t for t in texts if t.language == wanted), None) or next(
        (t for t in texts if t.language == "en"), texts[0] if texts else None
    )
    if chosen is not None:
        chosen = DeclarationText.objects.get(pk=chosen.pk)
    return render(
        request,
        "declaration/index.html",
        {"texts": texts, "text": chosen, "count": counters.signatory_count()},
    )


def signatories(request):
    form = ListFilterForm(request.GET or None)
    filters = form.filters() if request.GET else Filters()
    listing = PublicList(filters)
    page = Paginator(listing, PER_PAGE).get_page(request.GET.get("page"))
    by_country = counters.by_country()
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
            "count": counters.signatory_count(),
            "matching": listing.count(),
            "filtered": filters.any,
            "country_counts": country_counts,
            "map_size": _size(_map(by_country)),
            "query": query.urlencode(),
            "dataset": datasets.SIGNATORIES,
        },
    )


def signatories_map(request):
    """The map of signatories by country as an SVG file of its own: the list page stays small (the
    map is most of its weight) and the map is cached apart, by browsers and by the shared cache."""
    return HttpResponse(_map(counters.by_country()), content_type="image/svg+xml; charset=utf-8")


def _size(svg):
    """(width, height) of a map from its viewBox, so that the page keeps its room before it loads."""
    found = VIEW_BOX.search(svg, 0, 300)
    return (int(found[1]), int(found[2])) if found else None


def _options(choices, current):
    # Written in Python rather than through widget templates: the list page must stay fast.
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, mark_safe(" selected") if str(value) == current else "", label) for value, label in choices),
    )


def _map(by_country):
    """The participants' SVG map shaded by signatories per country; cached until the figures change."""
    language = current_language()

    def draw():
        codes = dict(Country.objects.filter(pk__in=list(by_country)).values_list("pk", "code"))
        shading = {codes[pk]: n for pk, n in by_country.items() if pk in codes}
        return str(
            render_map(
                [],
                shading,
                title=str(_("Signatories of the Declaration by country")),
                legend_title=str(_("Signatories")),
            )
        )

    return generations.cached(f"declaration:map:{language}", ("signatures", "countries"), draw)
