"""The signatories' search finds a name however its hyphens, spaces and apostrophes are typed,
and a signature of the same person for the same authority is caught across those spellings."""

import datetime

import pytest

from alliance.declaration.models import Signature, Status


def _verified(countries, authority_name, code, signer=""):
    return Signature.objects.create(
        signer_name=signer,
        office="Mayor" if signer else "",
        show_name=bool(signer),
        authority_name=authority_name,
        country=countries[code],
        level="regional",
        status=Status.VERIFIED,
        signed_on=datetime.date(2018, 7, 16),
    )


@pytest.mark.parametrize("query", ["Val de Marne", "val-de-marne", "VAL DE-MARNE"])
def test_hyphens_and_spaces_are_the_same_in_the_signatories_search(client, countries, query):
    _verified(countries, "Val-de-Marne", "FR")
    _verified(countries, "Marne", "FR")
    response = client.get("/en/declaration/signatories/", {"q": query})
    assert [row["authority"] for row in response.context["rows"]] == ["Val-de-Marne"]


def test_a_signers_name_is_found_with_or_without_its_apostrophe(client, countries):
    _verified(countries, "Cork", "IE", signer="Seán O’Brien")
    for query in ["O'Brien", "o brien", "O’Brien"]:
        response = client.get("/en/declaration/signatories/", {"q": query})
        assert [row["authority"] for row in response.context["rows"]] == ["Cork"], query


def test_the_same_person_and_authority_spelt_with_a_hyphen_or_a_space_share_one_key(countries):
    first = _verified(countries, "Val-de-Marne", "FR", signer="Jean-Pierre Martin")
    second = Signature(
        signer_name="Jean Pierre Martin", authority_name="Val de Marne", country=countries["FR"]
    )
    second.fill_derived()
    assert (second.authority_key, second.signer_name_folded) == (
        first.authority_key,
        first.signer_name_folded,
    )
