"""Metadata that tools read: a Frictionless Data Package that `frictionless validate` accepts with
the data itself, and a DCAT-AP catalogue a portal can harvest."""

import json
from urllib.parse import urlsplit

import pytest

from alliance.opendata.catalogue import DATASETS

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)


def test_the_data_package_and_its_data_pass_frictionless_validation(client, demo, tmp_path):
    from frictionless import validate

    package = client.get("/api/v1/datapackage.json").json()
    assert [resource["name"] for resource in package["resources"]] == [table.name for table in DATASETS]
    for resource in package["resources"]:
        # The files as the site serves them, next to a copy of the descriptor that points at them.
        response = client.get(urlsplit(resource["path"]).path)
        assert response.status_code == 200
        local = f"{resource['name']}.csv"
        (tmp_path / local).write_bytes(response.getvalue())
        resource["path"] = local
    descriptor = tmp_path / "datapackage.json"
    descriptor.write_text(json.dumps(package), encoding="utf-8")
    report = validate(str(descriptor))
    assert report.valid, report.flatten(["type", "note"])[:20]


def test_every_field_of_the_package_has_a_type_and_a_description(client, db):
    package = client.get("/api/v1/datapackage.json").json()
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in package["resources"]:
        assert resource["path"].endswith(".csv") and resource["description"]
        for field in resource["schema"]["fields"]:
            assert field["type"] in {"string", "integer", "number", "date", "boolean"}
            assert field["description"], (resource["name"], field["name"])


def test_the_catalogue_describes_every_dataset_and_file_for_dcat_ap(client, db):
    response = client.get("/api/v1/catalog.jsonld")
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    catalogue = response.json()
    assert catalogue["@type"] == "dcat:Catalog"
    assert catalogue["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    # DCAT-AP's mandatory properties: the catalogue's title, description, publisher, datasets;
    # each dataset's title and description; each distribution's access URL.
    for name in ("dct:title", "dct:description", "dct:publisher", "dcat:dataset"):
        assert catalogue[name], name
    assert {title["@language"] for title in catalogue["dct:title"]} == {"en", "fr"}
    datasets = {dataset["dct:identifier"]: dataset for dataset in catalogue["dcat:dataset"]}
    assert set(datasets) == {table.name for table in DATASETS}
    for table in DATASETS:
        dataset = datasets[table.name]
        assert dataset["@type"] == "dcat:Dataset"
        assert dataset["dct:title"][0]["@value"] and dataset["dct:description"][0]["@value"]
        assert dataset["dct:accrualPeriodicity"]["@id"].endswith(f"/frequency/{table.frequency}")
        formats = [
            distribution["dct:format"]["@id"].rsplit("/", 1)[1]
            for distribution in dataset["dcat:distribution"]
        ]
        # Every file in English, then every file in French.
        assert formats == [extension.upper() for extension in table.formats] * 2
        for distribution in dataset["dcat:distribution"]:
            language = distribution["dct:language"]["@id"].rsplit("/", 1)[1].lower()[:2]
            assert distribution["dcat:accessURL"]["@id"].startswith(f"http://testserver/{language}/")
            assert client.get(urlsplit(distribution["dcat:downloadURL"]["@id"]).path).status_code == 200
    french = [title["@value"] for title in catalogue["dct:title"] if title["@language"] == "fr"]
    assert french == [
        "Alliance européenne des villes et des régions pour l’inclusion des Roms\u00a0: données ouvertes"
    ]


def test_the_api_index_lists_every_endpoint_and_its_documentation(client, db):
    index = client.get("/api/v1/").json()
    assert index["documentation"] == "http://testserver/api/v1/docs"
    assert index["licence"]["path"] == "https://creativecommons.org/licenses/by/4.0/"
    paths = {endpoint["path"] for endpoint in index["endpoints"]}
    assert {"/api/v1/participants", "/api/v1/events", "/api/v1/programmes/{slug}/figures"} <= paths
    assert client.get("/api/v1/docs").status_code == 200
