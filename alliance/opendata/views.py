"""The open-data page: what is published, under which licence, how to cite it, every dataset in
every format, and the API."""

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from alliance.core.exports import LICENCE

from .catalogue import API_PATHS, DATASETS


def index(request):
    datasets = []
    for table in DATASETS:
        datasets.append(
            {
                "table": table,
                "page": reverse(table.page),
                "files": [
                    (
                        extension.upper() if extension != "geojson" else "GeoJSON",
                        reverse(table.url_name(extension, True)),
                    )
                    for extension in table.formats
                ],
                "api": API_PATHS[table.name],
            }
        )
    context = {
        "datasets": datasets,
        "licence": LICENCE,
        "today": timezone.localdate(),
        "site": request.build_absolute_uri("/")[:-1],
    }
    return render(request, "opendata/index.html", context)
