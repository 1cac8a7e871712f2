"""A participant's profile lives at /participants/<slug>/: every other address there is reserved,
so that no authority's slug can hide a page (or a page hide a profile)."""

import re

from alliance.authorities.models import RESERVED_SLUGS
from alliance.participants import urls


def test_every_fixed_address_under_participants_is_a_reserved_slug():
    fixed = set()
    for pattern in urls.urlpatterns:
        route = str(pattern.pattern)
        if "<" in route or not route:
            continue
        fixed.add(re.split(r"[/.]", route, maxsplit=1)[0])
    assert fixed, "the participants' addresses were not read"
    assert fixed <= RESERVED_SLUGS, fixed - RESERVED_SLUGS
