"""Country outlines read from the vendored Natural Earth TopoJSON (see data/README.md).

TopoJSON stores each shared border once, as an "arc" of quantized, delta-encoded points; a country
is a list of polygons whose rings are sequences of arc indexes (a negative index ~i means arc i
walked backwards). Decoding is plain Python so the maps need no geographic library.
"""

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import pycountry

from .projection import clip_ring

DATA_FILE = Path(__file__).parent / "data" / "countries-50m.json"

# Features without an ISO numeric code in Natural Earth, mapped by name. Kosovo uses the
# user-assigned code XK (as the rest of the registry does); Northern Cyprus is drawn as part of
# Cyprus, which the Council of Europe recognises over the whole island. The others lie far from
# Europe and are left out.
CODES_BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}
# The Åland Islands have their own ISO code but are part of Finland, which the registry counts.
PART_OF = {"AX": "FI"}

# Natural Earth 4.1 draws Crimea as part of Russia; the Council of Europe, like the United Nations,
# recognises it as part of Ukraine. The polygon of Russia inside this box moves to Ukraine.
CRIMEA = (32.0, 44.0, 37.0, 46.5)

# Outlines are kept inside this (west, south, east, north) window, in degrees: wider than the map
# of Europe (about 36°W to 76°E, 29°N to 72°N at its corners) by the reach of a locator map
# around any member state.
WINDOW = (-45.0, 20.0, 80.0, 85.0)


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    # Polygons, each a list of rings (outer ring first), each ring a list of (lon, lat) pairs.
    polygons: tuple
    bbox: tuple  # (west, south, east, north)


def alpha2(numeric_id, name):
    """The ISO 3166-1 alpha-2 code of a world-atlas feature, or None when it has none."""
    if numeric_id:
        found = pycountry.countries.get(numeric=str(numeric_id).zfill(3))
        if found:
            return PART_OF.get(found.alpha_2, found.alpha_2)
    return CODES_BY_NAME.get(name)


class Arcs:
    """The topology's arcs as lists of (lon, lat), decoded when first asked for.

    Decoding undoes the delta encoding and the quantization; only the arcs of the countries near
    Europe are ever needed, a fraction of the world's.
    """

    def __init__(self, topology):
        self.encoded = topology["arcs"]
        self.scale = topology["transform"]["scale"]
        self.translate = topology["transform"]["translate"]
        self.decoded = {}

    def __len__(self):
        return len(self.encoded)

    def __getitem__(self, index):
        if index not in self.decoded:
            (scale_x, scale_y), (shift_x, shift_y) = self.scale, self.translate
            x = y = 0
            points = []
            for dx, dy in self.encoded[index]:
                x += dx
                y += dy
                points.append((x * scale_x + shift_x, y * scale_y + shift_y))
            self.decoded[index] = points
        return self.decoded[index]


def decode_arcs(topology):
    return Arcs(topology)


def _ring(indexes, arcs):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point; keep it once.
        points.extend(arc[1:] if points else arc)
    return points


def _arc_polygons(geometry):
    """A geometry's polygons as lists of rings of arc indexes."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def merge_rings(rings, arcs):
    """Joins rings that touch into one outline, dropping the borders they share.

    A border shared by two rings is one arc walked once each way; without it, the remaining arcs
    chain into the outline of the union (plus any hole it encloses). Drawn with the even-odd rule,
    every resulting ring can stay in one polygon.
    """
    used = {}
    for ring in rings:
        for index in ring:
            used[index] = used.get(index, 0) + 1
    kept = [index for index in used if ~index not in used for _ in range(used[index])]

    def ends(index):
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        return arc[0], arc[-1]

    starting = {}
    for index in kept:
        starting.setdefault(ends(index)[0], []).append(index)
    merged = []
    remaining = set(kept)
    for first in kept:
        if first not in remaining:
            continue
        ring, index = [], first
        while index in remaining:
            remaining.discard(index)
            ring.append(index)
            following = [
                candidate for candidate in starting.get(ends(index)[1], []) if candidate in remaining
            ]
            if not following:
                break
            index = following[0]
        merged.append(ring)
    return merged


def _touching(polygons):
    """True when some of these polygons share a border (so the map must merge them)."""
    seen = set()
    for polygon in polygons:
        indexes = {index if index >= 0 else ~index for ring in polygon for index in ring}
        if indexes & seen:
            return True
        seen |= indexes
    return False


def _bbox(polygons):
    lons = [lon for polygon in polygons for ring in polygon for lon, _ in ring]
    lats = [lat for polygon in polygons for ring in polygon for _, lat in ring]
    return (min(lons), min(lats), max(lons), max(lats))


def _within_window(ring):
    west, south, east, north = WINDOW
    if all(west <= lon <= east and south <= lat <= north for lon, lat in ring):
        return ring
    return clip_ring(ring, west, south, east, north)


def _overlaps_window(bbox):
    west, south, east, north = WINDOW
    return bbox[0] <= east and bbox[2] >= west and bbox[1] <= north and bbox[3] >= south


def _arc_polygons_by_code(topology, arcs):
    """{code: (name, [polygon of arc-index rings, ...])}, with the corrections listed above."""
    by_code = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        code = alpha2(geometry.get("id"), name)
        if code:
            entry = by_code.setdefault(code, (name, []))
            entry[1].extend(_arc_polygons(geometry))
    if "RU" in by_code and "UA" in by_code:
        russia = by_code["RU"][1]
        crimea = [polygon for polygon in russia if _inside(_bbox([[_ring(polygon[0], arcs)]]), CRIMEA)]
        by_code["RU"] = (by_code["RU"][0], [polygon for polygon in russia if polygon not in crimea])
        by_code["UA"][1].extend(crimea)
    for code, (name, polygons) in by_code.items():
        if _touching(polygons):
            # Cyprus and Northern Cyprus, Ukraine and Crimea: one outline, no line between them.
            rings = [ring for polygon in polygons for ring in polygon]
            by_code[code] = (name, [merge_rings(rings, arcs)])
    return by_code


def _inside(bbox, box):
    return box[0] <= bbox[0] and box[1] <= bbox[1] and bbox[2] <= box[2] and bbox[3] <= box[3]


@functools.cache
def countries():
    """{alpha-2 code: Country} for the countries near Europe; read and decoded once per process."""
    topology = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    found = {}
    for code, (name, arc_polygons) in _arc_polygons_by_code(topology, arcs).items():
        polygons = [[_ring(ring, arcs) for ring in polygon] for polygon in arc_polygons]
        # Overseas parts (French Guiana, Réunion, Alaska...) are dropped polygon by polygon, and
        # what reaches beyond the window (Siberia) is cut off: the maps never show it, and
        # projecting it would only slow the first map down.
        polygons = [polygon for polygon in polygons if _overlaps_window(_bbox([polygon]))]
        polygons = [[_within_window(ring) for ring in polygon] for polygon in polygons]
        polygons = [[ring for ring in polygon if len(ring) >= 3] for polygon in polygons]
        polygons = [polygon for polygon in polygons if polygon]
        if polygons:
            found[code] = Country(code=code, name=name, polygons=tuple(polygons), bbox=_bbox(polygons))
    return found
