"""Whatever is typed into the signing form, the answer is never a server error."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import sign_data

FIELDS = [
    "signer_name",
    "office",
    "authority_name",
    "country",
    "level",
    "capacity",
    "party",
    "email",
    "show_name",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=300)))
def test_the_form_never_fails_with_a_server_error(client, countries, values):
    data = sign_data(countries, **values)
    response = client.post("/en/declaration/sign/", data)
    assert response.status_code in (302, 400, 409, 429)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.dictionaries(st.sampled_from(["q", "country", "level", "year", "page"]), st.text(max_size=50))
)
def test_the_list_never_fails_with_a_server_error(client, countries, query):
    assert client.get("/en/declaration/signatories/", query).status_code == 200
