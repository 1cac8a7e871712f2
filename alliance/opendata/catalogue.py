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
from alliance.networks.datasets import MEMBERS as NETWORK_MEMBERS
from alliance.networks.datasets import NETWORKS
from alliance.participants.datasets import COUNTER_HISTORY, PARTICIPANTS, PARTICIPATION_HISTORY
from alliance.practices.datasets import PRACTICES
from alliance.prizes.datasets import EDITIONS as PRIZE_EDITIONS
from alliance.prizes.datasets import WINNERS as PRIZE_WINNERS
from alliance.programmes.datasets import FIGURES as PROGRAMME_FIGURES
from alliance.programmes.datasets import PARTICIPATIONS

from . import file_sizes

DATASETS = (
    PARTICIPANTS,
    PARTICIPATION_HISTORY,
    COUNTER_HISTORY,
    SIGNATORIES,
    PARTICIPATIONS,
    PROGRAMME_FIGURES,
    NETWORKS,
    NETWORK_MEMBERS,
    PRIZE_EDITIONS,
    PRIZE_WINNERS,
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
    PROGRAMME_FIGURES.name: "/api/v1/programmes/figures",
    NETWORKS.name: "/api/v1/networks",
    NETWORK_MEMBERS.name: "/api/v1/networks/members",
    PRIZE_EDITIONS.name: "/api/v1/prize/editions",
    PRIZE_WINNERS.name: "/api/v1/prize/winners",
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
# ADMS publisher type: the secretariat belongs to the Council of Europe's Congress of Local and
# Regional Authorities, an intergovernmental body above the states that are its members.
PUBLISHER_TYPE = "http://purl.org/adms/publishertype/SupraNationalAuthority"
RIGHTS = _(
    "Open data under the Creative Commons Attribution 4.0 licence: anyone may copy, adapt and "
    "reuse it for any purpose, naming the European Alliance of Cities and Regions for Roma "
    "Inclusion as the source. It holds no personal contact data."
)
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


def dataset(name):
    """The dataset of that name, or None."""
    return next((table for table in DATASETS if table.name == name), None)


def table_schema(table):
    """The dataset's Table Schema (https://datapackage.org/standard/table-schema/): what its files
    conform to."""
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
    return schema


def schema_url(request, table):
    return request.build_absolute_uri(reverse("api-v1:table-schema", kwargs={"name": table.name}))


def data_package(request):
    """The Frictionless Data Package: one tabular resource per dataset, its CSV file with a schema."""
    resources = []
    for table in DATASETS:
        schema = table_schema(table)
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


def _date(day):
    return {"@value": day.isoformat(), "@type": "xsd:date"}


def dataset_dates(table):
    """(issued, modified, first day) of a dataset: modified is the latest day its records are
    dated, never before the day the platform first published it."""
    first, last = table.span() if table.span else (None, None)
    issued = table.issued or timezone.localdate()
    return issued, max(day for day in (issued, last) if day), first


def _distribution(request, table, extension, language, sizes, dates):
    url = file_url(request, table, extension, language)
    media_type = FORMATS[extension].split(";")[0]
    with translation.override(language):
        title = f"{table.title} ({FILE_TYPES[extension]})"
    described = {
        "@id": f"{url}#distribution",
        "@type": "dcat:Distribution",
        "dct:title": {"@value": title, "@language": language},
        "dcat:accessURL": {"@id": page_url(request, table, language)},
        "dcat:downloadURL": {"@id": url},
        "dct:format": {"@id": f"{EU}/file-type/{FILE_TYPES[extension]}"},
        "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media_type}"},
        "dct:language": {"@id": f"{EU}/language/{LANGUAGES[language]}"},
        "dct:conformsTo": {"@id": schema_url(request, table)},
        "dct:license": {"@id": f"{EU}/licence/CC_BY_4_0"},
        "dct:rights": {"@type": "dct:RightsStatement", "rdfs:label": _both(RIGHTS)},
        "dct:issued": _date(dates[0]),
        "dct:modified": _date(dates[1]),
    }
    size = sizes.get(f"{extension}:{language}")
    if size is not None:
        described["dcat:byteSize"] = {"@value": str(size), "@type": "xsd:nonNegativeInteger"}
    return described


def _dataset(request, table, publisher, contact):
    dates = dataset_dates(table)
    sizes = file_sizes.known(table)
    described = {
        "@id": f"{page_url(request, table)}#dataset-{table.name}",
        "@type": "dcat:Dataset",
        "dct:identifier": table.name,
        "dct:title": _both(table.title),
        "dct:description": _both(table.description),
        "dct:publisher": publisher,
        "dcat:contactPoint": contact,
        "dct:accrualPeriodicity": {"@id": f"{EU}/frequency/{table.frequency}"},
        "dcat:theme": [{"@id": f"{EU}/data-theme/{theme}"} for theme in table.themes],
        "dcat:keyword": [value for keyword in table.keywords for value in _both(keyword)],
        "dct:language": [{"@id": f"{EU}/language/{code}"} for code in LANGUAGES.values()],
        "dct:spatial": {"@id": f"{EU}/continent/EUROPE"},
        "dct:accessRights": {"@id": f"{EU}/access-right/PUBLIC"},
        "dct:conformsTo": {"@id": schema_url(request, table)},
        "dct:issued": _date(dates[0]),
        "dct:modified": _date(dates[1]),
        "dcat:landingPage": [{"@id": page_url(request, table, language)} for language in LANGUAGES],
        "dcat:distribution": [
            _distribution(request, table, extension, language, sizes, dates)
            for language in LANGUAGES
            for extension in table.formats
        ],
    }
    if dates[2]:
        described["dct:temporal"] = {"@type": "dct:PeriodOfTime", "dcat:startDate": _date(dates[2])}
    return described


def dcat_catalogue(request):
    """A DCAT-AP 3 catalogue: the catalogue, each dataset and each file in English and in French."""
    home = request.build_absolute_uri("/en/open-data/")
    publisher = {
        "@id": request.build_absolute_uri("/"),
        "@type": ["foaf:Agent", "foaf:Organization"],
        "foaf:name": PUBLISHER,
        "dct:type": {"@id": PUBLISHER_TYPE},
    }
    contact = {
        "@type": ["vcard:Kind", "vcard:Organization"],
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
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
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
        "dct:modified": _date(timezone.localdate()),
        "foaf:homepage": {"@id": home},
        "dcat:service": [api_service],
        "dcat:dataset": [_dataset(request, table, publisher, contact) for table in DATASETS],
    }
