"""Dataset search engines find every dataset: the open-data page carries a schema.org `Dataset`
in JSON-LD for each one, with the properties Google's dataset guidelines require (name,
description of 50 to 5,000 characters) and those it recommends (url, identifier, keywords,
licence, creator, temporal and spatial coverage, each file as a `DataDownload`)."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation

from alliance.opendata.catalogue import DATASETS

pytestmark = pytest.mark.django_db

BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def _datasets(html):
    found = []
    for block in BLOCK.findall(html):
        data = json.loads(block)
        found += [node for node in data.get("@graph", [data]) if node.get("@type") == "Dataset"]
    return found


def test_the_open_data_page_describes_every_dataset_for_search_engines(
    client, site_shell, every_list, settings
):
    every_list("Korçë", "AL", "korce")
    html = client.get("/en/open-data/").content.decode()
    datasets = {dataset["identifier"]: dataset for dataset in _datasets(html)}
    assert set(datasets) == {table.name for table in DATASETS}
    for table in DATASETS:
        dataset = datasets[table.name]
        with translation.override("en"):
            assert dataset["name"] == str(table.title)
        assert 50 <= len(dataset["description"]) <= 5000, table.name
        # The dataset's own section of the page, which the page has.
        assert dataset["url"] == f"{settings.SITE_URL}/en/open-data/#dataset-{table.name}"
        assert f'id="dataset-{table.name}"' in html
        assert dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
        assert dataset["creator"]["@type"] == "Organization" and dataset["creator"]["name"]
        assert dataset["keywords"] and dataset["isAccessibleForFree"] is True
        assert dataset["spatialCoverage"]["name"] == "Europe"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}/\.\.", dataset["temporalCoverage"]), table.name
        downloads = dataset["distribution"]
        assert len(downloads) == 2 * len(table.formats)
        for download in downloads:
            assert download["@type"] == "DataDownload" and download["encodingFormat"]
            response = client.get(urlsplit(download["contentUrl"]).path)
            assert response.status_code == 200
            assert response["Content-Type"].startswith(download["encodingFormat"])


def test_search_engines_read_the_french_page_in_french(client, site_shell, db):
    html = client.get("/fr/open-data/").content.decode()
    names = {dataset["identifier"]: dataset["name"] for dataset in _datasets(html)}
    assert names["participants"] == "Participants de l’Alliance"
    assert names["prize-winners"] == "Lauréats du prix Dosta\u00a0! du Congrès"
