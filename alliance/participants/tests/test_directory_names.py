"""The directory finds a name however its hyphens, spaces and apostrophes are typed, sorts
names naturally and lists as many participants as "per page" says."""

import re

import pytest


def names(response):
    html = response.content.decode()
    table = html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""
    return re.findall(r'<th scope="row"><a href="/\w\w/participants/[\w-]+/">([^<]+)</a>', table)


@pytest.mark.parametrize("query", ["Val de Marne", "val-de-marne", "Val de-Marne", "val  de marne"])
def test_hyphens_and_spaces_are_the_same_in_a_name(client, make_participant, query):
    make_participant("Val-de-Marne", "FR")
    make_participant("Marne-la-Vallée", "FR")
    assert names(client.get("/en/participants/", {"q": query})) == ["Val-de-Marne"]


@pytest.mark.parametrize("query", ["Reggio nell'Emilia", "Reggio nell’Emilia", "reggio nell emilia"])
def test_an_apostrophe_typed_either_way_or_as_a_space_finds_the_name(client, make_participant, query):
    make_participant("Reggio nell’Emilia", "IT")
    assert names(client.get("/fr/participants/", {"q": query})) == ["Reggio nell’Emilia"]


def test_names_sort_naturally(client, make_participant):
    for number in (10, 2, 1, 21, 3):
        make_participant(f"Demo participant No. {number}", "FR")
    assert names(client.get("/en/participants/", {"sort": "name"})) == [
        "Demo participant No. 1",
        "Demo participant No. 2",
        "Demo participant No. 3",
        "Demo participant No. 10",
        "Demo participant No. 21",
    ]


def test_a_renamed_authority_sorts_under_its_new_name(client, make_participant):
    make_participant("Town No. 5", "FR")
    renamed = make_participant("Town No. 30", "FR").authority
    renamed.name = "Town No. 4"
    renamed.save()
    assert names(client.get("/en/participants/")) == ["Town No. 4", "Town No. 5"]


@pytest.mark.parametrize("per_page", [10, 25, 50])
def test_it_lists_as_many_as_per_page_says_and_the_menu_shows_that_size(client, make_participant, per_page):
    for number in range(30):
        make_participant(f"Town {number}", "FR")
    response = client.get("/en/participants/", {"per_page": per_page})
    assert len(names(response)) == min(per_page, 30)
    assert f'<option value="{per_page}" selected>' in response.content.decode()


@pytest.mark.parametrize("query", [{}, {"per_page": "7"}, {"per_page": "x" * 50}])
def test_without_a_size_it_offers_the_size_it_uses(client, make_participant, query):
    for number in range(30):
        make_participant(f"Town {number}", "FR")
    response = client.get("/en/participants/", query)
    assert len(names(response)) == 25
    assert '<option value="25" selected>' in response.content.decode()
