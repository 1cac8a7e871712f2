"""New signatures come from the Council of Europe's member states; the record keeps its countries;
Kosovo* carries the Council of Europe's footnote wherever it is shown."""

import pytest

from alliance.applications.forms import JoinForm
from alliance.declaration.forms import SignForm
from alliance.declaration.importing import import_signatories, read_rows
from alliance.declaration.models import Signature, Source, Status

from .conftest import sign_data

pytestmark = pytest.mark.django_db

FOOTNOTE_EN = "United Nations Security Council Resolution 1244"
FOOTNOTE_FR = "résolution 1244 du Conseil de sécurité des Nations unies"


def offered(form):
    return {label for value, label in form.fields["country"].choices if value}


def test_the_sign_form_offers_member_states_only(countries):
    names = offered(SignForm())
    assert "France" in names and "Ukraine" in names
    assert "Belarus" not in names and "Russia" not in names
    assert not any(name.startswith("Kosovo") for name in names)
    assert len(names) == 46


def test_the_sign_form_offers_the_same_list_as_the_join_form(countries):
    join_names = {country.name for country in JoinForm().fields["country"].queryset}
    assert offered(SignForm()) == join_names


def test_a_signature_from_a_non_member_state_is_refused(client, countries):
    for code in ("BY", "RU", "XK"):
        response = client.post("/en/declaration/sign/", sign_data(countries, country=str(countries[code].pk)))
        assert response.status_code == 400
        assert "country" in response.context["form"].errors
    assert Signature.objects.count() == 0


def test_imported_historical_signatories_keep_their_country(countries, moderator):
    table = read_rows(b"Country;Municipality/Region\nRussia;Kazan\nKosovo;Prizren\n", "record.csv")
    report = import_signatories(table, commit=True, user=moderator)
    assert report.summary["created"] == 2, report.summary
    kept = {signature.country.code for signature in Signature.objects.filter(source=Source.IMPORT)}
    assert kept == {"RU", "XK"}


def make_kosovo_signatory(countries):
    return Signature.objects.create(
        signer_name="",
        authority_name="Prizren",
        country=countries["XK"],
        status=Status.VERIFIED,
        source=Source.IMPORT,
    )


@pytest.mark.parametrize(("language", "footnote"), [("en", FOOTNOTE_EN), ("fr", FOOTNOTE_FR)])
def test_a_page_showing_kosovo_carries_the_footnote_in_its_language(client, countries, language, footnote):
    make_kosovo_signatory(countries)
    page = client.get(f"/{language}/declaration/signatories/").content.decode()
    assert "Kosovo*" in page
    assert page.count('id="kosovo-footnote"') == 1
    assert footnote in page
    assert page.index('id="kosovo-footnote"') < page.index("</main>")


def test_a_page_without_kosovo_has_no_footnote(client, countries):
    page = client.get("/en/declaration/sign/").content.decode()
    assert "Kosovo*" not in page
    assert "kosovo-footnote" not in page
