"""The datasets as schema.org `Dataset`s in JSON-LD, for dataset search engines (Google Dataset
Search and others that read schema.org): name, description, address, identifier, keywords,
licence, creator, the period and place the data covers, and each file as a `DataDownload`.

Written from the same `Table`s and dates as the DCAT-AP catalogue, so the two cannot disagree.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from alliance.core.exports import FORMATS, LICENCE
from alliance.core.links import absolute_url

from .catalogue import PUBLISHER, dataset_dates


def _creator():
    return {
        "@type": "Organization",
        "@id": absolute_url("/#organization"),
        "name": PUBLISHER,
        "url": absolute_url("/"),
        "parentOrganization": {
            "@type": "Organization",
            "name": "Congress of Local and Regional Authorities of the Council of Europe",
        },
    }


def dataset(table, language):
    """One dataset as schema.org sees it, in `language`, with its files in both languages."""
    issued, modified, first = dataset_dates(table)
    with translation.override(language):
        section = absolute_url(reverse("opendata:index") + f"#dataset-{table.name}")
        page = absolute_url(reverse(table.page))
        data = {
            "@type": "Dataset",
            "@id": section,
            "name": str(table.title),
            "description": str(table.description),
            "url": section,
            "sameAs": page,
            "identifier": table.name,
            "keywords": [str(keyword) for keyword in table.keywords],
            "inLanguage": [code for code, _name in settings.LANGUAGES],
            "license": LICENCE["path"],
            "isAccessibleForFree": True,
            "creator": _creator(),
            "publisher": _creator(),
            "datePublished": issued.isoformat(),
            "dateModified": modified.isoformat(),
            "spatialCoverage": {"@type": "Place", "name": "Europe"},
            "variableMeasured": [column.name for column in table.columns],
        }
    if first:
        # ISO 8601 interval open at its end: the data goes on.
        data["temporalCoverage"] = f"{first.isoformat()}/.."
    data["distribution"] = [
        {
            "@type": "DataDownload",
            "name": f"{table.name}.{extension} ({code})",
            "encodingFormat": FORMATS[extension].split(";")[0],
            "contentUrl": absolute_url(_file_path(table, extension, code)),
            "inLanguage": code,
        }
        for code, _name in settings.LANGUAGES
        for extension in table.formats
    ]
    return data


def _file_path(table, extension, language):
    with translation.override(language):
        return reverse(table.url_name(extension, namespaced=True))


def datasets(tables, language):
    """Every dataset in one JSON-LD document (a graph of Dataset nodes)."""
    return {
        "@context": "https://schema.org",
        "@graph": [dataset(table, language) for table in tables],
    }
