import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alliance.participants import profile_sections

D = datetime.date


def names(response):
    html = response.content.decode()
    table = html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""
    return re.findall(r'<th scope="row"><a href="/\w\w/participants/[\w-]+/">([^<]+)</a>', table)


@pytest.fixture
def registry(make_participant):
    make_participant("Korçë", "AL", joined_on=D(2014, 5, 1), kind="municipality")
    make_participant("Şişli", "TR", joined_on=D(2017, 10, 19))
    make_participant("Andalusia", "ES", joined_on=D(2015, 6, 24), level="regional", kind="region")
    make_participant("Veldhoven", "NL", joined_on=D(2013, 4, 27))
    make_participant("Gone", "NL", joined_on=D(2013, 4, 27), left_on=D(2019, 1, 1))


def test_it_lists_current_participants_by_name(client, registry):
    response = client.get("/en/participants/")
    assert response.status_code == 200
    assert names(response) == ["Andalusia", "Korçë", "Şişli", "Veldhoven"]
    assert "4 participants found" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("korce", ["Korçë"]),
        ("KORÇË", ["Korçë"]),
        ("sisli", ["Şişli"]),
        ("ŞIŞLI", ["Şişli"]),
        ("  veld ", ["Veldhoven"]),
    ],
)
def test_search_ignores_accents_and_case(client, registry, query, expected):
    assert names(client.get("/en/participants/", {"q": query})) == expected


def test_search_finds_the_local_name(client, make_participant):
    make_participant("Kragujevac", "RS", local_name="Крагујевац")
    assert names(client.get("/en/participants/", {"q": "Крагујевац"})) == ["Kragujevac"]


def test_filters_by_country_level_and_year(client, registry):
    assert names(client.get("/en/participants/?country=NL")) == ["Veldhoven"]
    assert names(client.get("/en/participants/?level=regional")) == ["Andalusia"]
    assert names(client.get("/en/participants/?year=2017")) == ["Şişli"]
    assert names(client.get("/en/participants/?level=local&year=2014")) == ["Korçë"]


def test_sorts_by_accession_date_and_country(client, registry):
    assert names(client.get("/en/participants/?sort=accession")) == [
        "Korçë",
        "Şişli",
        "Andalusia",
        "Veldhoven",
    ]
    assert names(client.get("/en/participants/?sort=joined")) == ["Şişli", "Andalusia", "Korçë", "Veldhoven"]
    assert names(client.get("/en/participants/?sort=country")) == ["Korçë", "Veldhoven", "Andalusia", "Şişli"]
    # In French, countries sort by their French names: Albanie, Espagne, Pays-Bas, Turquie.
    assert names(client.get("/fr/participants/?sort=country")) == ["Korçë", "Andalusia", "Veldhoven", "Şişli"]


def test_it_says_so_when_nothing_matches(client, registry):
    html = client.get("/en/participants/?q=atlantis").content.decode()
    assert "0 participants found" in html
    assert "No participant matches your search" in html


@pytest.mark.parametrize(
    "query",
    [
        "?country=ZZ",
        "?level=cosmic",
        "?year=abc",
        "?sort=random",
        "?page=999",
        "?page=x",
        "?per_page=7",
        "?q=" + "x" * 500,
    ],
)
def test_bad_parameters_never_break_the_page(client, registry, query):
    assert client.get("/en/participants/" + query).status_code == 200


def test_pages_keep_the_search_in_their_links(client, make_participant):
    for number in range(12):
        make_participant(f"Town {number:02}", "FR")
    response = client.get("/en/participants/?q=town&per_page=10&sort=name")
    html = response.content.decode()
    assert "Page 1 of 2" in html
    assert 'href="?q=town&amp;per_page=10&amp;sort=name&amp;page=2"' in html
    assert names(client.get("/en/participants/?q=town&per_page=10&sort=name&page=2")) == [
        "Town 10",
        "Town 11",
    ]


def test_htmx_gets_only_the_results(client, registry):
    response = client.get("/en/participants/?q=korce", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<html" not in html
    assert "HX-Request" in response["Vary"]


def test_the_page_loads_htmx_from_the_site_without_eval(client, registry):
    html = client.get("/en/participants/").content.decode()
    assert '<script src="/static/participants/js/htmx.min.js" defer></script>' in html
    assert '"allowEval":false' in html and '"includeIndicatorStyles":false' in html
    assert "<script>" not in html


def test_other_domains_add_filters(client, registry, monkeypatch):
    monkeypatch.setattr(profile_sections, "_directory_filters", [])
    profile_sections.register_directory_filter(
        "coast",
        "By the sea",
        lambda: [("yes", "Yes")],
        lambda authorities, value: authorities.filter(country__code="ES"),
    )
    response = client.get("/en/participants/?coast=yes")
    assert names(response) == ["Andalusia"]
    assert "By the sea" in response.content.decode()


def test_queries_per_page_do_not_grow_with_page_size(client, make_participant):
    for number in range(60):
        make_participant(f"Town {number:02}", ["FR", "DE", "IT"][number % 3], website="https://example.org")
    client.get("/en/participants/")  # warm the caches that every page shares

    def queries(url):
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    assert queries("/en/participants/?per_page=10") == queries("/en/participants/?per_page=50")
    assert queries("/en/participants/?per_page=10&q=town") == queries("/en/participants/?per_page=100&q=town")


def test_a_renamed_or_moved_authority_is_found_under_its_new_name(client, make_participant):
    from alliance.authorities.models import Country

    authority = make_participant("Korca", "AL").authority
    authority.name = "Korçë"
    authority.country = Country.objects.get(code="GR")
    authority.level = "regional"
    authority.save()
    assert names(client.get("/en/participants/?q=korce&country=GR&level=regional")) == ["Korçë"]
    assert names(client.get("/en/participants/?q=korca")) == []
    assert 'value="AL"' not in client.get("/en/participants/").content.decode()  # no participant left there
