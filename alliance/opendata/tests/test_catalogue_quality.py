"""The DCAT-AP catalogue as data.europa.eu rates it: the Metadata Quality Assessment score of
`scripts/mqa_score.py` (Excellent, at least 385 of 405), no violation of the DCAT-AP 3 shapes,
and the facts behind each indicator: the publisher's type, dates, access rights, Table Schemas,
keywords, themes, and every file in both languages with its true size."""

import importlib.util
import io
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from alliance.opendata.catalogue import DATASETS

pytestmark = pytest.mark.django_db

EU = "http://publications.europa.eu/resource/authority"


def _scorer():
    path = Path(settings.BASE_DIR) / "scripts" / "mqa_score.py"
    spec = importlib.util.spec_from_file_location("mqa_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def catalogue(client, every_list):
    every_list("Korçë", "AL", "korce")
    every_list("Şişli", "TR", "sisli")
    call_command("measure_open_data_files", verbosity=0)  # the periodic loop's job
    return client.get("/api/v1/catalog.jsonld").json()


def test_the_files_are_measured_by_the_periodic_loop_not_by_a_request(client, every_list):
    every_list("Korçë", "AL", "korce")
    catalogue = client.get("/api/v1/catalog.jsonld").json()
    assert not any("dcat:byteSize" in d for s in catalogue["dcat:dataset"] for d in s["dcat:distribution"])
    out = io.StringIO()
    call_command("measure_open_data_files", stdout=out)
    assert f"of {len(DATASETS)} datasets" in out.getvalue()
    out = io.StringIO()
    call_command("measure_open_data_files", stdout=out)
    assert out.getvalue() == ""  # still fresh: nothing written again
    catalogue = client.get("/api/v1/catalog.jsonld").json()
    assert all("dcat:byteSize" in d for s in catalogue["dcat:dataset"] for d in s["dcat:distribution"])


def test_the_catalogue_is_rated_excellent_by_the_metadata_quality_assessment(client, catalogue):
    scorer = _scorer()
    document, status_of = scorer.in_process(client)
    result = scorer.score(document, status_of)
    assert result["violations"] == 0, result["shacl"]
    assert result["datasets"] == len(DATASETS)
    assert result["score"] >= 385, scorer.report(result)
    assert result["rating"] == "Excellent"


def test_the_shapes_refuse_a_publisher_type_outside_the_adms_vocabulary(catalogue):
    import json

    from rdflib import Graph

    assert catalogue["dct:publisher"]["dct:type"]["@id"] == (
        "http://purl.org/adms/publishertype/SupraNationalAuthority"
    )
    scorer = _scorer()
    graph = Graph().parse(data=json.dumps(catalogue), format="json-ld")
    assert scorer.shacl_report(graph)[0] == set()
    wrong = json.dumps(catalogue).replace(
        "publishertype/SupraNationalAuthority", "publishertype/InternationalOrganisation"
    )
    violating, text = scorer.shacl_report(Graph().parse(data=wrong, format="json-ld"))
    assert violating and "InternationalOrganisation" in text


def test_every_dataset_has_its_own_keywords_themes_dates_and_access_rights(catalogue):
    datasets = {dataset["dct:identifier"]: dataset for dataset in catalogue["dcat:dataset"]}
    keyword_sets = set()
    for table in DATASETS:
        dataset = datasets[table.name]
        keywords = {(k["@language"], k["@value"]) for k in dataset["dcat:keyword"]}
        assert {language for language, _value in keywords} == {"en", "fr"}, table.name
        keyword_sets.add(frozenset(keywords))
        themes = [theme["@id"] for theme in dataset["dcat:theme"]]
        assert themes and all(theme.startswith(f"{EU}/data-theme/") for theme in themes)
        assert dataset["dct:accessRights"] == {"@id": f"{EU}/access-right/PUBLIC"}
        assert dataset["dct:issued"]["@type"] == "xsd:date"
        assert dataset["dct:modified"]["@value"] >= dataset["dct:issued"]["@value"]
        start = dataset["dct:temporal"]["dcat:startDate"]["@value"]
        assert (
            dataset["dct:temporal"]["@type"] == "dct:PeriodOfTime"
            and start <= dataset["dct:modified"]["@value"]
        )
    assert datasets["participants"]["dct:temporal"]["dcat:startDate"]["@value"] == "2014-01-10"
    assert datasets["signatories"]["dct:temporal"]["dcat:startDate"]["@value"] == "2018-07-16"
    # Keywords are the dataset's own, not one list for all.
    assert len(keyword_sets) > len(DATASETS) // 2


def test_every_file_in_both_languages_is_a_distribution_with_its_true_size(client, catalogue):
    for dataset in catalogue["dcat:dataset"]:
        languages = set()
        for distribution in dataset["dcat:distribution"]:
            path = urlsplit(distribution["dcat:downloadURL"]["@id"]).path
            language = distribution["dct:language"]["@id"]
            languages.add(language)
            assert path.startswith({f"{EU}/language/ENG": "/en/", f"{EU}/language/FRA": "/fr/"}[language])
            # The files as the public site (SITE_URL) serves them, absolute addresses included.
            response = client.get(path, HTTP_HOST=urlsplit(settings.SITE_URL).netloc)
            assert response.status_code == 200
            size = distribution["dcat:byteSize"]
            assert size["@type"] == "xsd:nonNegativeInteger"
            if path.endswith(".xlsx"):
                # A spreadsheet is a zip file stamped with the moment it was written: its size
                # may move by a few bytes, which DCAT allows ("an approximate size").
                assert abs(int(size["@value"]) - len(response.getvalue())) <= 64, path
            else:
                assert size["@value"] == str(len(response.getvalue())), path
            media_type = response["Content-Type"].split(";")[0]
            assert (
                distribution["dcat:mediaType"]["@id"]
                == f"https://www.iana.org/assignments/media-types/{media_type}"
            )
            assert distribution["dct:format"]["@id"].startswith(f"{EU}/file-type/")
            assert distribution["dct:rights"]["@type"] == "dct:RightsStatement"
        assert languages == {f"{EU}/language/ENG", f"{EU}/language/FRA"}


def test_each_dataset_conforms_to_its_table_schema(client, catalogue):
    for dataset in catalogue["dcat:dataset"]:
        address = dataset["dct:conformsTo"]["@id"]
        schema = client.get(urlsplit(address).path).json()
        table = next(table for table in DATASETS if table.name == dataset["dct:identifier"])
        assert [field["name"] for field in schema["fields"]] == table.column_names
    missing = client.get("/api/v1/schemas/no-such-dataset.json")
    assert missing.status_code == 404
    assert missing["Content-Type"].startswith("application/problem+json")
