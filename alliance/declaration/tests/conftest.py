"""Data shared by the Declaration's tests (personas come from alliance/conftest.py)."""

import re

import pytest

from alliance.authorities.models import Authority
from alliance.core.models import OutboundEmail
from alliance.core.protection import protection_data


@pytest.fixture
def lviv(countries):
    return Authority.objects.create(name="Lviv", local_name="Львів", country=countries["UA"], level="local")


@pytest.fixture
def sisli(countries):
    return Authority.objects.create(name="Şişli", country=countries["TR"], level="local")


def sign_data(countries, **changes):
    data = {
        "signer_name": "Andriy Sadovyi",
        "office": "Mayor",
        "authority_name": "Lviv",
        "country": str(countries["UA"].pk),
        "level": "local",
        "capacity": "authority",
        "party": "",
        "email": "mayor@lviv.example.org",
        "show_name": "on",
        "elected": "on",
        **protection_data(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def sign(client, countries):
    def post(language="en", **changes):
        return client.post(f"/{language}/declaration/sign/", sign_data(countries, **changes))

    return post


def link_from_last_email(kind):
    email = OutboundEmail.objects.order_by("-pk").first()
    match = re.search(rf"https?://[^\s]+/declaration/{kind}/[^\s/]+/", email.body_text)
    assert match, email.body_text
    return "/" + match.group(0).split("://", 1)[1].split("/", 1)[1]
