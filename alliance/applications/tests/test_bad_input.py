"""Whatever is typed into any field of any public form, the answer is never a server error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance.applications import links, services
from alliance.core import attempts
from alliance.core.protection import protection_data

from .conftest import TINY_PDF
from .factories import make_application

pytestmark = pytest.mark.django_db

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
value = st.one_of(text, st.sampled_from(["", "on", "0", "-1", "1e309", "99999999999999999999", "https://x"]))
upload = st.one_of(
    st.none(),
    st.binary(max_size=2000).map(lambda content: SimpleUploadedFile("x.pdf", content)),
    st.just(TINY_PDF).map(lambda content: SimpleUploadedFile("x.pdf", content)),
)

JOIN_FIELDS = [
    "authority_name", "level", "kind", "country", "subdivision", "population", "website",
    "applicant_name", "applicant_office", "email", "phone", "obligations_accepted", "consent",
    "website_confirm", "form_token", "proof_of_work",
]  # fmt: skip
COOPERATION_FIELDS = [
    "organisation", "country", "website", "areas_of_work", "proposal", "contact_name", "email",
    "phone", "consent",
]  # fmt: skip
CONTACT_FIELDS = ["name", "email", "subject", "message", "consent"]
SLOW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def post(url, fields, data, files=None, keep_protection=True):
    attempts.forget_all()
    payload = {name: data[name] for name in fields if data.get(name) is not None}
    if keep_protection:
        payload = {**protection_data(), **payload}
    payload.update(files or {})
    response = Client().post(url, payload)
    assert response.status_code < 500, payload


def field_values(fields):
    return st.fixed_dictionaries({}, optional={name: value for name in fields})


@SLOW
@given(data=field_values(JOIN_FIELDS), letter=upload, language=st.sampled_from(["en", "fr"]))
def test_the_join_form_never_fails(countries, data, letter, language):
    files = {"letter": letter} if letter else None
    post(f"/{language}/join/", JOIN_FIELDS, data, files, keep_protection="form_token" not in data)


@SLOW
@given(data=field_values(COOPERATION_FIELDS))
def test_the_cooperation_form_never_fails(countries, data):
    post("/en/cooperate/", COOPERATION_FIELDS, data)


@SLOW
@given(data=field_values(CONTACT_FIELDS))
def test_the_contact_form_never_fails(db, data):
    post("/fr/contact/", CONTACT_FIELDS, data)


@SLOW
@given(data=field_values(["text"]), letter=upload)
def test_the_information_form_never_fails(countries, moderator, data, letter):
    application = make_application(countries["ME"])
    services.ask_for_more(application, moderator, "More please")
    application.refresh_from_db()
    url = links.supplement_url(application).split("://", 1)[1].split("/", 1)[1]
    post(f"/{url}", ["text"], data, {"letter": letter} if letter else None)


@SLOW
@given(token=text)
def test_links_never_fail(db, token):
    for kind in ("join", "cooperate"):
        for what in ("confirm", "more"):
            path = f"/en/{kind}/{what}/{token.replace('/', '')}/"
            response = Client().post(path)
            assert response.status_code < 500


@SLOW
@given(
    data=field_values(["approve-authority", "approve-message", "reject-message", "more-message"]),
    decision=st.sampled_from(["approve", "reject", "more", "nonsense"]),
)
def test_the_decision_forms_never_fail(countries, moderator, data, decision):
    application = make_application(countries["ME"])
    client = Client()
    client.force_login(moderator)
    response = client.post(f"/admin/applications/join/decide/{application.pk}/{decision}/", data)
    assert response.status_code < 500
