"""Every participant's dot on the map lies inside its own country, as Natural Earth draws it."""

import functools
import math

import pytest
from defusedxml import ElementTree

from alliance.authorities.geography.maps import DOT_RADIUS, TARGET_RADIUS
from alliance.authorities.geography.projection import europe_frame, laea
from alliance.authorities.geography.topology import countries
from alliance.authorities.models import Authority

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
MAP_WIDTH = 800


# Places on an island narrower than a dot at this scale: the dot's centre is on the island.
NARROWER_THAN_A_DOT = {"Heraklion"}  # Crete


@functools.cache
def outline(code, frame):
    """The country's rings from the vendored world-atlas file, in the map's SVG units, each with
    its bounding box."""
    rings = []
    for polygon in countries()[code].polygons:
        for ring in polygon:
            points = [_svg(frame, lat, lon) for lon, lat in ring]
            xs, ys = [x for x, _ in points], [y for _, y in points]
            rings.append(((min(xs), min(ys), max(xs), max(ys)), points))
    return rings


def _svg(frame, lat, lon):
    x, y = laea(lat, lon)
    return (x - frame.west) * frame.scale, (frame.north - y) * frame.scale


def inside(rings, x, y):
    """Even-odd ray casting over every ring of the country (holes cancel their polygon)."""
    result = False
    for (left, top, right, bottom), ring in rings:
        if not (left <= x <= right and top <= y <= bottom):
            continue
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                result = not result
    return result


def dots(html):
    """{label: (x, y, target radius)} of the linked places of the page's map."""
    start = html.index("<svg")
    root = ElementTree.fromstring(html[start : html.index("</svg>", start) + len("</svg>")])
    found = {}
    for link in root.iter(f"{SVG}a"):
        target, dot = link.findall(f"{SVG}circle")
        assert float(dot.get("r")) == DOT_RADIUS
        found[link.get("aria-label")] = (float(dot.get("cx")), float(dot.get("cy")), float(target.get("r")))
    return found


def test_every_participant_is_drawn_inside_its_own_country(client, demo_participants):
    html = client.get("/en/participants/map/").content.decode()
    drawn = dots(html)
    frame = europe_frame(MAP_WIDTH)
    authorities = Authority.objects.filter(participations__isnull=False, latitude__isnull=False).distinct()
    assert authorities.count() > 100
    assert "Strasbourg" in drawn
    outside = []
    for authority in authorities.select_related("country"):
        x, y, _target = drawn[authority.name]
        rings = outline(authority.country.code, frame)
        edge = [
            (x + DOT_RADIUS * math.cos(k * math.pi / 4), y + DOT_RADIUS * math.sin(k * math.pi / 4))
            for k in range(8)
        ]
        if not inside(rings, x, y):
            outside.append((authority.name, authority.country.code))
        elif authority.name not in NARROWER_THAN_A_DOT and not all(inside(rings, *point) for point in edge):
            outside.append((authority.name, authority.country.code, "its edge"))
    assert outside == []


def test_strasbourgs_dot_stays_out_of_germany(client, demo_participants):
    x, y, _target = dots(client.get("/en/participants/map/").content.decode())["Strasbourg"]
    germany = outline("DE", europe_frame(MAP_WIDTH))
    for k in range(8):
        angle = k * math.pi / 4
        assert not inside(germany, x + DOT_RADIUS * math.cos(angle), y + DOT_RADIUS * math.sin(angle))


def test_each_dot_is_a_target_24_units_wide(client, demo_participants):
    drawn = dots(client.get("/fr/participants/map/").content.decode())
    assert drawn and {target for _x, _y, target in drawn.values()} == {TARGET_RADIUS}
    assert TARGET_RADIUS * 2 >= 24


def test_the_table_scrolls_in_its_own_labelled_region(client, demo_participants):
    html = client.get("/en/participants/map/").content.decode()
    assert (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="by-country-caption">' in html
    )
    assert '<caption id="by-country-caption"' in html
    assert '<div class="map-scroll" tabindex="0" role="region" aria-label="' in html
