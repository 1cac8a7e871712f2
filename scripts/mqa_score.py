"""The data.europa.eu Metadata Quality Assessment (MQA) score of the open-data catalogue.

data.europa.eu harvests DCAT-AP catalogues and rates their metadata on five dimensions with 22
indicators, 405 points in all (https://data.europa.eu/mqa/methodology): findability,
accessibility, interoperability, reusability and contextuality. This script applies the same
indicators and weights to `/api/v1/catalog.jsonld`:

- a dataset-level indicator gives its points when the dataset has the property;
- a distribution-level indicator gives its share of points for the share of the dataset's
  distributions that meet it (the portal reports these as percentages of distributions);
- "DCAT-AP compliance" gives its points when the SHACL shapes of `dcat-ap-3-shapes.ttl`
  (written from the DCAT-AP 3 specification) report no violation on the dataset or its parts;
- the catalogue's score is the mean of its datasets' scores. Excellent is 351 and above.

The access and download addresses are requested for real (HTTP status 200 to 399).

    .venv/bin/python scripts/mqa_score.py                  # the local database, in process
    .venv/bin/python scripts/mqa_score.py http://127.0.0.1:8000/api/v1/catalog.jsonld
"""

import json
import os
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

SHAPES = Path(__file__).with_name("dcat-ap-3-shapes.ttl")
EU = "http://publications.europa.eu/resource/authority/"
DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# The portal's own lists (edp-vocabularies: non-proprietary and machine-readable file types).
NON_PROPRIETARY = {
    "BMP", "CSV", "DBF", "GEOJSON", "GZIP", "HTML", "ICS", "JPEG2000", "JSON", "JSON_LD", "KML",
    "KMZ", "NETCDF", "ODS", "PNG", "RDF_N_QUADS", "RDF_N_TRIPLES", "RDF_TRIG", "RDF_TURTLE",
    "RDF_XML", "RSS", "RTF", "TAR", "TIFF", "TSV", "TXT", "WMS_SRVC", "XML", "ZIP",
}  # fmt: skip
MACHINE_READABLE = {
    "CSV", "GEOJSON", "ICS", "JSON", "JSON_LD", "KML", "KMZ", "NETCDF", "ODS", "RDFA",
    "RDF_N_QUADS", "RDF_N_TRIPLES", "RDF_TRIG", "RDF_TURTLE", "RDF_XML", "RSS", "SHP", "XLS",
    "XLSX", "XML",
}  # fmt: skip
ACCESS_RIGHTS = {f"{EU}access-right/{code}" for code in ("PUBLIC", "RESTRICTED", "NON_PUBLIC")}
MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
RATINGS = ((351, "Excellent"), (221, "Good"), (121, "Sufficient"), (0, "Bad"))


@dataclass(frozen=True)
class Indicator:
    dimension: str
    name: str
    points: int
    level: str  # "dataset" or "distribution"


INDICATORS = (
    Indicator("findability", "keywords (dcat:keyword)", 30, "dataset"),
    Indicator("findability", "categories (dcat:theme)", 30, "dataset"),
    Indicator("findability", "geo search (dct:spatial)", 20, "dataset"),
    Indicator("findability", "time-based search (dct:temporal)", 20, "dataset"),
    Indicator("accessibility", "access URL answers", 50, "distribution"),
    Indicator("accessibility", "download URL given", 20, "distribution"),
    Indicator("accessibility", "download URL answers", 30, "distribution"),
    Indicator("interoperability", "format (dct:format)", 20, "distribution"),
    Indicator("interoperability", "media type (dcat:mediaType)", 10, "distribution"),
    Indicator("interoperability", "format and media type from vocabularies", 10, "distribution"),
    Indicator("interoperability", "non-proprietary format", 20, "distribution"),
    Indicator("interoperability", "machine-readable format", 20, "distribution"),
    Indicator("interoperability", "DCAT-AP compliance (SHACL)", 30, "dataset"),
    Indicator("reusability", "licence (dct:license)", 20, "distribution"),
    Indicator("reusability", "licence from vocabulary", 10, "distribution"),
    Indicator("reusability", "access restrictions (dct:accessRights)", 10, "dataset"),
    Indicator("reusability", "access restrictions from vocabulary", 5, "dataset"),
    Indicator("reusability", "contact point (dcat:contactPoint)", 20, "dataset"),
    Indicator("reusability", "publisher (dct:publisher)", 10, "dataset"),
    Indicator("contextuality", "rights (dct:rights)", 5, "distribution"),
    Indicator("contextuality", "file size (dcat:byteSize)", 5, "distribution"),
    Indicator("contextuality", "date of issue (dct:issued)", 5, "dataset"),
    Indicator("contextuality", "modification date (dct:modified)", 5, "dataset"),
)
MAXIMUM = sum(indicator.points for indicator in INDICATORS)  # 405


def rating(score):
    return next(label for threshold, label in RATINGS if score >= threshold)


def _values(graph, subject, prop):
    from rdflib import URIRef

    return [str(value) for value in graph.objects(subject, URIRef(prop))]


def _vocabulary_code(uri, scheme):
    prefix = f"{EU}{scheme}/"
    return uri[len(prefix) :] if uri.startswith(prefix) else None


def shacl_report(graph):
    """(violating nodes, the validator's text) from the DCAT-AP shapes; no network is used."""
    from pyshacl import validate
    from rdflib import Graph, Namespace

    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, results, text = validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    violating = set()
    for result in results.subjects(sh.resultSeverity, sh.Violation):
        violating.add(results.value(result, sh.focusNode))
    return violating, text


def _parts(graph, node):
    """The node and every node it reaches (its distributions, publisher, contact, periods)."""
    from rdflib import Literal

    seen, todo = set(), [node]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(value for value in graph.objects(current, None) if not isinstance(value, Literal))
    return seen


def dataset_results(graph, status_of, violating):
    """{indicator name: share met, 0..1} for each dataset of the catalogue."""
    from rdflib import URIRef

    results = {}
    for dataset in graph.subjects(URIRef(RDF_TYPE), URIRef(f"{DCAT}Dataset")):
        values = lambda prop, subject=dataset: _values(graph, subject, prop)  # noqa: E731
        distributions = list(graph.objects(dataset, URIRef(f"{DCAT}distribution")))
        met = {
            "keywords (dcat:keyword)": bool(values(f"{DCAT}keyword")),
            "categories (dcat:theme)": bool(values(f"{DCAT}theme")),
            "geo search (dct:spatial)": bool(values(f"{DCT}spatial")),
            "time-based search (dct:temporal)": bool(values(f"{DCT}temporal")),
            "DCAT-AP compliance (SHACL)": not (_parts(graph, dataset) & violating),
            "access restrictions (dct:accessRights)": bool(values(f"{DCT}accessRights")),
            "access restrictions from vocabulary": any(
                value in ACCESS_RIGHTS for value in values(f"{DCT}accessRights")
            ),
            "contact point (dcat:contactPoint)": bool(values(f"{DCAT}contactPoint")),
            "publisher (dct:publisher)": bool(values(f"{DCT}publisher")),
            "date of issue (dct:issued)": bool(values(f"{DCT}issued")),
            "modification date (dct:modified)": bool(values(f"{DCT}modified")),
        }
        shares = {}
        for distribution in distributions:
            of = lambda prop, subject=distribution: _values(graph, subject, prop)  # noqa: E731
            formats = [_vocabulary_code(value, "file-type") for value in of(f"{DCT}format")]
            media = of(f"{DCAT}mediaType")
            downloads = of(f"{DCAT}downloadURL")
            checks = {
                "access URL answers": any(status_of(url) for url in of(f"{DCAT}accessURL")),
                "download URL given": bool(downloads),
                "download URL answers": any(status_of(url) for url in downloads),
                "format (dct:format)": bool(formats),
                "media type (dcat:mediaType)": bool(media),
                "format and media type from vocabularies": any(formats)
                and all(value.startswith(MEDIA_TYPES) for value in media),
                "non-proprietary format": any(code in NON_PROPRIETARY for code in formats),
                "machine-readable format": any(code in MACHINE_READABLE for code in formats),
                "licence (dct:license)": bool(of(f"{DCT}license")),
                "licence from vocabulary": any(
                    _vocabulary_code(value, "licence") for value in of(f"{DCT}license")
                ),
                "rights (dct:rights)": bool(of(f"{DCT}rights")),
                "file size (dcat:byteSize)": bool(of(f"{DCAT}byteSize")),
            }
            for name, passed in checks.items():
                shares[name] = shares.get(name, 0) + (1 if passed else 0)
        for indicator in INDICATORS:
            if indicator.level == "distribution":
                met[indicator.name] = (
                    shares.get(indicator.name, 0) / len(distributions) if distributions else 0
                )
        results[str(dataset)] = met
    return results


def score(document, status_of):
    """The catalogue's MQA result: {"score", "rating", "dimensions", "indicators", "shacl"}."""
    from rdflib import Graph

    graph = Graph().parse(data=json.dumps(document), format="json-ld")
    violating, shacl_text = shacl_report(graph)
    per_dataset = dataset_results(graph, status_of, violating)
    count = len(per_dataset) or 1
    indicators = {}
    for indicator in INDICATORS:
        share = sum(met[indicator.name] for met in per_dataset.values()) / count
        indicators[indicator.name] = (indicator, share * indicator.points)
    dimensions = {}
    for indicator, points in indicators.values():
        dimensions[indicator.dimension] = dimensions.get(indicator.dimension, 0) + points
    total = sum(points for _indicator, points in indicators.values())
    return {
        "score": total,
        "rating": rating(total),
        "datasets": len(per_dataset),
        "dimensions": dimensions,
        "indicators": indicators,
        "shacl": shacl_text,
        "violations": len(violating),
    }


def report(result):
    lines = []
    for indicator, points in result["indicators"].values():
        lines.append(f"  {indicator.dimension:<17} {indicator.name:<42} {points:6.1f} / {indicator.points}")
    lines.append("")
    for dimension, points in result["dimensions"].items():
        lines.append(f"  {dimension:<17} {points:6.1f}")
    lines.append(f"SHACL (DCAT-AP 3 shapes): {result['violations']} nodes with a violation")
    lines.append(
        f"MQA score: {result['score']:.0f} of {MAXIMUM} ({result['rating']}), {result['datasets']} datasets"
    )
    return "\n".join(lines)


def _over_http(address):
    with urllib.request.urlopen(address, timeout=30) as answer:  # noqa: S310 (an address the operator gives)
        document = json.load(answer)
    checked = {}

    def status_of(url):
        if url not in checked:
            try:
                request = urllib.request.Request(url, method="HEAD")  # noqa: S310
                with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
                    checked[url] = 200 <= answer.status < 400
            except (urllib.error.URLError, TimeoutError):
                checked[url] = False
        return checked[url]

    return document, status_of


def in_process(client):
    """The catalogue and a status check through Django's test client (tests, or no server)."""
    document = client.get("/api/v1/catalog.jsonld").json()
    checked = {}

    def status_of(url):
        if url not in checked:
            parts = urlsplit(url)
            address = parts.path + (f"?{parts.query}" if parts.query else "")
            checked[url] = 200 <= client.get(address).status_code < 400
        return checked[url]

    return document, status_of


def main(argv):
    if len(argv) > 1:
        document, status_of = _over_http(argv[1])
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings")
        import django

        django.setup()
        from django.core.management import call_command
        from django.test import Client

        call_command("measure_open_data_files", verbosity=0)  # the periodic loop's job
        document, status_of = in_process(Client(SERVER_NAME="localhost"))
    result = score(document, status_of)
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
