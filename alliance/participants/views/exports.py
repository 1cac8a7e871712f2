"""Public data of the participants as CSV, JSON and GeoJSON.

Each export takes the directory's own query string and runs the directory's own query, so it
holds exactly the participants of the page it was downloaded from. Only public fields are
written: focal-point contacts live in another table and never reach this module.
"""

import csv
import datetime
import json

from django.http import HttpResponse, JsonResponse

from .. import counters
from .. import directory as registry
from ..forms import DirectoryForm
from ..records import public_record

FIELDS = [
    "accession_number",
    "name",
    "local_name",
    "slug",
    "country_code",
    "country_name_en",
    "country_name_fr",
    "level",
    "kind",
    "subdivision_code",
    "population",
    "latitude",
    "longitude",
    "website",
    "joined_on",
    "left_on",
    "profile_url",
]


def _participations(request):
    return registry.find(DirectoryForm(request.GET).filters())


def _download(response, extension):
    response["Content-Disposition"] = (
        f'attachment; filename="alliance-participants-{datetime.date.today().isoformat()}.{extension}"'
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def export_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    # A byte order mark so that spreadsheet programs read the names in their own scripts.
    response.write("\ufeff")
    writer = csv.DictWriter(response, fieldnames=FIELDS)
    writer.writeheader()
    for participation in _participations(request):
        record = public_record(request, participation)
        writer.writerow({key: "" if value is None else value for key, value in record.items()})
    return _download(response, "csv")


def export_json(request):
    count = counters.participant_count()
    participants = [public_record(request, participation) for participation in _participations(request)]
    data = {
        "as_of": count.as_of.isoformat(),
        "alliance": {"participants": count.participants, "countries": count.countries},
        "count": len(participants),
        "participants": participants,
    }
    return _download(JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1}), "json")


def export_geojson(request):
    features = []
    for participation in _participations(request):
        record = public_record(request, participation)
        latitude, longitude = record.pop("latitude"), record.pop("longitude")
        geometry = None
        if latitude is not None and longitude is not None:
            # RFC 7946: positions are longitude first, then latitude.
            geometry = {"type": "Point", "coordinates": [longitude, latitude]}
        features.append({"type": "Feature", "geometry": geometry, "properties": record})
    body = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    return _download(HttpResponse(body, content_type="application/geo+json; charset=utf-8"), "geojson")
