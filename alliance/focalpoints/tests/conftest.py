"""Two participating authorities, each with an accepted focal point: ours and the other one."""

import datetime

import pytest

from alliance.authorities.models import Authority
from alliance.focalpoints.models import FocalPoint
from alliance.participants.models import Participation

PASSWORD = "correct horse battery staple"


def make_focal_point(django_user_model, authority, email, *, accepted=True):
    user = None
    if accepted:
        user = django_user_model.objects.create_user(email, email, PASSWORD)
    return FocalPoint.objects.create(
        authority=authority, user=user, name=f"Focal point of {authority.name}", email=email, phone="+30 000"
    )


@pytest.fixture
def heraklion(countries):
    authority = Authority.objects.create(name="Heraklion", local_name="Ηράκλειο", country=countries["GR"])
    Participation.objects.create(
        authority=authority, accession_number=1, joined_on=datetime.date(2013, 3, 20)
    )
    return authority


@pytest.fixture
def strasbourg(countries):
    authority = Authority.objects.create(name="Strasbourg", country=countries["FR"], kind="city")
    Participation.objects.create(
        authority=authority, accession_number=2, joined_on=datetime.date(2013, 3, 20)
    )
    return authority


@pytest.fixture
def focal_point(django_user_model, heraklion):
    return make_focal_point(django_user_model, heraklion, "focal@heraklion.example.gr")


@pytest.fixture
def other_focal_point(django_user_model, strasbourg):
    return make_focal_point(django_user_model, strasbourg, "focal@strasbourg.example.fr")


@pytest.fixture
def focal_client(client, focal_point):
    client.force_login(focal_point.user)
    return client
