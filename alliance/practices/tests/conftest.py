import pytest

from alliance.focalpoints.tests.conftest import (  # noqa: F401  (fixtures shared with focal points)
    focal_client,
    focal_point,
    heraklion,
    other_focal_point,
    strasbourg,
)
from alliance.practices.models import GoodPractice, Status, Theme


def make_practice(authority=None, status=Status.PUBLISHED, theme=Theme.EDUCATION, **fields):
    values = {
        "title_en": "Mediators in primary schools",
        "title_fr": "Des médiateurs dans les écoles primaires",
        "summary_en": "School mediators work with families.",
        "summary_fr": "Des médiateurs scolaires travaillent avec les familles.",
    }
    values.update(fields)
    return GoodPractice.objects.create(authority=authority, status=status, theme=theme, **values)


@pytest.fixture
def published(heraklion):  # noqa: F811
    return make_practice(heraklion)
