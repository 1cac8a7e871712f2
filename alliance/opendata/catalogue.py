"""Every public dataset in one place, described for the tools that read metadata: a Frictionless
Data Package (https://datapackage.org/) and a DCAT-AP catalogue in JSON-LD that data portals
(data.europa.eu and national portals) harvest.

Both are written from the datasets' own `Table`s, the same descriptions the files and the API
use, so the metadata cannot drift from the data.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from alliance.actionplans.datasets import MEASURES as PLAN_MEASURES
from alliance.actionplans.datasets import PLANS as ACTION_PLANS
from alliance.actionplans.datasets import REPORTS as PROGRESS_REPORTS
from alliance.core.exports import FORMATS, LICENCE
from alliance.declaration.datasets import SIGNATORIES
from alliance.events.datasets import EVENTS
from alliance.library.datasets import TEXTS
from alliance.participants.datasets import COUNTER_HISTORY, PARTICIPANTS, PARTICIPATION_HISTORY
from alliance.practices.datasets import PRACTICES
from alliance.programmes.datasets import PARTICIPATIONS

DATASETS = (
    PARTICIPANTS,
    PARTICIPATION_HISTORY,
    COUNTER_HISTORY,
    SIGNATORIES,
    PARTICIPATIONS,
    EVENTS,
    PRACTICES,
    TEXTS,
    ACTION_PLANS,
    PLAN_MEASURES,
    PROGRESS_REPORTS,
)
# Where the API serves each dataset (the same rows as its files).
API_PATHS = {
    PARTICIPANTS.name: "/api/v1/participants",
    PARTICIPATION_HISTORY.name: "/api/v1/participants/history",
    COUNTER_HISTORY.name: "/api/v1/counters/history",
    SIGNATORIES.name: "/api/v1/declaration/signatories",
    PARTICIPATIONS.name: "/api/v1/programmes/participations",
    EVENTS.name: "/api/v1/events",
    PRACTICES.name: "/api/v1/practices",
    TEXTS.name: "/api/v1/texts",
    ACTION_PLANS.name: "/api/v1/action-plans",
    PLAN_MEASURES.name: "/api/v1/action-plans/measures",
    PROGRESS_REPORTS.name: "/api/v1/action-plans/reports",
}
PUBLISHER = "European Alliance of Cities and Regions for Roma Inclusion"
EU = "http://publications.europa.eu/resource/authority"
FILE_TYPES = {"csv": "CSV", "xlsx": "XLSX", "json": "JSON", "geojson": "GEOJSON"}
LANGUAGES = {"en": "ENG", "fr": "FRA"}
CATALOGUE_TITLE = _("European Alliance of Cities and Regions for Roma Inclusion: open data")
CATALOGUE_DESCRIPTION = _(
    "Every list the Alliance's platform publishes, as open data under the CC BY 4.0 licence: "
    "participants, the counter over time, signatories of the Declaration, programmes, events, "
    "good practices and adopted texts."
)


def file_url(request, table, extension, language="en"):
    with translation.override(language):
        return request.build_absolute_uri(reverse(table.url_name(extension, namespaced=True)))


def page_url(request, table, language="en"):
    with translation.override(language):
        return request.build_absolute_uri(reverse(table.page))


def _in_english(text):
    with translation.override("en"):
        return str(text)


def data_package(request):
    """The Frictionless Data Package: one tabular resource per dataset, its CSV file with a schema."""
    resources = []
    for table in DATASETS:
        schema = {
            "fields": [
                {
                    "name": column.name,
                    "type": column.type,
                    "description": _in_english(column.description),
                    "example": column.example,
                    **({"constraints": column.constraints} if column.constraints else {}),
                }
                for column in table.columns
            ],
            "missingValues": [""],
        }
        if table.primary_key:
            schema["primaryKey"] = list(table.primary_key)
        resources.append(
            {
                "name": table.name,
                "title": _in_english(table.title),
                "description": _in_english(table.description),
                "path": file_url(request, table, "csv"),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "profile": "tabular-data-resource",
                "homepage": page_url(request, table),
                "licenses": [LICENCE],
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "roma-inclusion-alliance",
        "id": request.build_absolute_uri(reverse("api-v1:datapackage")),
        "title": f"{PUBLISHER}: open data",
        "description": (
            "Participants of the Alliance and their history, the counter over time, the signatories "
            "of the Declaration against anti-Gypsyism, ROMACT and ROMED participations, events, good "
            "practices, texts adopted by the Congress, and the participants' Local Action Plans with "
            "their measures and progress reports. No personal contact data."
        ),
        "homepage": request.build_absolute_uri("/en/open-data/"),
        "version": "1.0.0",
        "created": timezone.now().replace(microsecond=0).isoformat(),
        "licenses": [LICENCE],
        "contributors": [{"title": PUBLISHER, "role": "publisher", "email": settings.SECRETARIAT_EMAIL}],
        "keywords": ["Roma", "Travellers", "inclusion", "local authorities", "Council of Europe"],
        "resources": resources,
    }


def _both(text):
    values = []
    for language in LANGUAGES:
        with translation.override(language):
            values.append({"@value": str(text), "@language": language})
    return values


def _distribution(request, table, extension):
    url = file_url(request, table, extension)
    media_type = FORMATS[extension].split(";")[0]
    return {
        "@id": f"{url}#distribution",
        "@type": "dcat:Distribution",
        "dct:title": f"{_in_english(table.title)} ({FILE_TYPES[extension]})",
        "dcat:accessURL": {"@id": page_url(request, table)},
        "dcat:downloadURL": {"@id": url},
        "dct:format": {"@id": f"{EU}/file-type/{FILE_TYPES[extension]}"},
        "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media_type}"},
        "dct:license": {"@id": f"{EU}/licence/CC_BY_4_0"},
    }


def dcat_catalogue(request):
    """A DCAT-AP 3 catalogue: the catalogue, each dataset and each file, in English and French."""
    home = request.build_absolute_uri("/en/open-data/")
    publisher = {
        "@id": request.build_absolute_uri("/"),
        "@type": "foaf:Agent",
        "foaf:name": PUBLISHER,
        "dct:type": {"@id": "http://purl.org/adms/publishertype/InternationalOrganisation"},
    }
    contact = {
        "@type": "vcard:Organization",
        "vcard:fn": f"Secretariat of the {PUBLISHER}",
        "vcard:hasEmail": {"@id": f"mailto:{settings.SECRETARIAT_EMAIL}"},
    }
    api_service = {
        "@id": request.build_absolute_uri(reverse("api-v1:index")),
        "@type": "dcat:DataService",
        "dct:title": "Open-data API, version 1",
        "dcat:endpointURL": {"@id": request.build_absolute_uri(reverse("api-v1:index"))},
        "dcat:endpointDescription": {"@id": request.build_absolute_uri(reverse("api-v1:openapi-json"))},
        "dct:license": {"@id": f"{EU}/licence/CC_BY_4_0"},
    }
    datasets = []
    for table in DATASETS:
        datasets.append(
            {
                "@id": f"{page_url(request, table)}#dataset-{table.name}",
                "@type": "dcat:Dataset",
                "dct:identifier": table.name,
                "dct:title": _both(table.title),
                "dct:description": _both(table.description),
                "dct:publisher": publisher,
                "dcat:contactPoint": contact,
                "dct:accrualPeriodicity": {"@id": f"{EU}/frequency/{table.frequency}"},
                "dcat:theme": {"@id": f"{EU}/data-theme/SOCI"},
                "dct:language": [{"@id": f"{EU}/language/{code}"} for code in LANGUAGES.values()],
                "dct:spatial": {"@id": "http://publications.europa.eu/resource/authority/continent/EUROPE"},
                "dcat:keyword": [
                    {"@value": "Roma", "@language": "en"},
                    {"@value": "Roms", "@language": "fr"},
                ],
                "dcat:landingPage": {"@id": page_url(request, table)},
                "dcat:distribution": [
                    _distribution(request, table, extension) for extension in table.formats
                ],
            }
        )
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": request.build_absolute_uri(reverse("api-v1:catalog")),
        "@type": "dcat:Catalog",
        "dct:title": _both(CATALOGUE_TITLE),
        "dct:description": _both(CATALOGUE_DESCRIPTION),
        "dct:publisher": publisher,
        "dct:license": {"@id": f"{EU}/licence/CC_BY_4_0"},
        "dct:language": [{"@id": f"{EU}/language/{code}"} for code in LANGUAGES.values()],
        "dct:modified": {"@value": timezone.localdate().isoformat(), "@type": "xsd:date"},
        "foaf:homepage": {"@id": home},
        "dcat:service": [api_service],
        "dcat:dataset": datasets,
    }
