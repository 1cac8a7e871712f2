"""The open-data page: what is published, under which licence, how to cite it (as of any past
day, `?on=YYYY-MM-DD`), every dataset in every format, and the API."""

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation

from alliance.core.exports import LICENCE, DayError, as_of
from alliance.core.languages import current_language
from alliance.core.links import absolute_url
from alliance.site.seo import json_ld

from . import search_engines
from .catalogue import API_PATHS, DATASETS

LABELS = {"geojson": "GeoJSON"}
CITATION = "{publisher}, {title} ({as_of}), CC BY 4.0, {address}"


def _files(table, day):
    query = f"?on={day.isoformat()}" if day and table.dated else ""
    return [
        (LABELS.get(extension, extension.upper()), reverse(table.url_name(extension, True)) + query)
        for extension in table.formats
    ]


def citation(table, day):
    """How to cite the dataset as it stood on `day`: the Alliance, the dataset, the day, the
    licence, and the address of its CSV file on that day, in the reader's language."""
    query = f"?on={day.isoformat()}" if table.dated else ""
    return CITATION.format(
        publisher=translation.gettext("European Alliance of Cities and Regions for Roma Inclusion"),
        title=table.title,
        as_of=translation.gettext("as of %(day)s") % {"day": day.isoformat()},
        address=absolute_url(reverse(table.url_name("csv", True)) + query),
    )


def index(request):
    error, day = "", None
    try:
        day = as_of(request.GET)
    except DayError as problem:
        error = str(problem)
    cited_on = day or timezone.localdate()
    datasets = [
        {
            "table": table,
            "page": reverse(table.page),
            "files": _files(table, day),
            "api": API_PATHS[table.name],
            "citation": citation(table, cited_on) if table.dated or day is None else "",
        }
        for table in DATASETS
    ]
    context = {
        "datasets": datasets,
        "licence": LICENCE,
        "today": timezone.localdate(),
        "day": day,
        "on_text": request.GET.get("on", "")[:20],
        "error": error,
        "site": absolute_url(""),
        "structured_data": json_ld(search_engines.datasets(DATASETS, current_language())),
    }
    return render(request, "opendata/index.html", context, status=400 if error else 200)
