"""Country shapes as SVG path data for a frame, computed once per process and kept in memory.

Projecting the outlines is the slow part (a few hundred milliseconds for Natural Earth's 1:50m
borders); it happens once, in `projected_countries`. Each frame then only scales, clips and thins
the rings it needs, and the result is cached too: the map of Europe per width, and the locator
maps per place.
"""

import functools
import math
from dataclasses import dataclass

from .projection import area_frame, clip_ring, europe_frame, focus_frame, laea, path_data, thin
from .topology import countries

# Under this size (in viewBox units) a country is too small to see or to hover, and the map adds
# a marker on it. Below the second size, islands are left out.
TINY_COUNTRY = 5.0
TINY_RING = 0.4
# Rings are clipped to the viewBox plus this margin, so that clipped edges stay out of sight.
CLIP_MARGIN = 4.0


@dataclass(frozen=True)
class Shape:
    code: str
    path: str
    centre: tuple  # (x, y) in viewBox units: the middle of the largest ring
    extent: float  # width or height of the largest ring, whichever is larger
    tiny: bool


@functools.cache
def projected_countries():
    """{code: [(bbox, ring), ...]} with rings projected to the unit plane, y northwards."""
    projected = {}
    for code, country in countries().items():
        rings = []
        for polygon in country.polygons:
            for ring in polygon:
                points = [laea(lat, lon) for lon, lat in ring]
                xs, ys = zip(*points, strict=True)
                rings.append(((min(xs), min(ys), max(xs), max(ys)), points))
        projected[code] = rings
    return projected


def frame_shapes(frame):
    """The shapes of every country visible in `frame`, as a tuple of Shape."""
    scale, width, height = frame.scale, frame.width, frame.height
    left, top, right, bottom = -CLIP_MARGIN, -CLIP_MARGIN, width + CLIP_MARGIN, height + CLIP_MARGIN
    tolerance = 0.7  # viewBox units: finer detail is invisible and only weighs on the page
    shapes = []
    for code, rings in projected_countries().items():
        drawn = []
        for (west, south, east, north), ring in rings:
            box = ((west - frame.west) * scale, (frame.north - north) * scale)
            box += ((east - frame.west) * scale, (frame.north - south) * scale)
            if box[2] < left or box[0] > right or box[3] < top or box[1] > bottom:
                continue
            points = [((x - frame.west) * scale, (frame.north - y) * scale) for x, y in ring]
            if box[0] < left or box[2] > right or box[1] < top or box[3] > bottom:
                points = clip_ring(points, left, top, right, bottom)
                if len(points) >= 3:
                    xs, ys = [x for x, _ in points], [y for _, y in points]
                    box = (min(xs), min(ys), max(xs), max(ys))
            if len(points) >= 3:
                drawn.append((max(box[2] - box[0], box[3] - box[1]), points))
        if not drawn:
            continue
        drawn.sort(key=lambda item: -item[0])
        largest_size, largest = drawn[0]
        # Small islands vanish at this scale, but a small state always keeps its outline.
        kept = [thin(points, tolerance) for size, points in drawn if size >= TINY_RING] or [largest]
        xs, ys = [x for x, _ in largest], [y for _, y in largest]
        centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        shapes.append(Shape(code, path_data(kept), centre, largest_size, largest_size < TINY_COUNTRY))
    return tuple(shapes)


@functools.lru_cache(maxsize=512)
def country_at(lat, lon):
    """The code of the country drawn under a place, or None (at sea, or outside the data)."""
    x, y = laea(lat, lon)
    for code, rings in projected_countries().items():
        inside = False
        for (west, south, east, north), ring in rings:
            if west <= x <= east and south <= y <= north and _ring_contains(ring, x, y):
                inside = not inside  # even-odd: a hole inside a polygon cancels it
        if inside:
            return code
    return None


def _ring_contains(ring, x, y):
    inside = False
    previous_x, previous_y = ring[-1]
    for point_x, point_y in ring:
        if (point_y > y) != (previous_y > y):
            if x < (previous_x - point_x) * (y - point_y) / (previous_y - point_y) + point_x:
                inside = not inside
        previous_x, previous_y = point_x, point_y
    return inside


# Where a dot may be moved to keep its disc inside its country: steps of half a radius outwards, up
# to this many radii, in this many directions. A bounded search: at most 12 x 16 candidate places.
SETTLE_REACH = 6
SETTLE_DIRECTIONS = 16
CELL = 16.0  # viewBox units: the side of the grid's cells that index a country's borders


class Borders:
    """A country's outline in a frame's SVG units, its edges indexed in a grid, so that "is this
    point inside?" and "is a border nearer than r?" read only the edges nearby."""

    def __init__(self, frame, code):
        scale = frame.scale
        self.rows, self.cells = {}, {}
        for _box, ring in projected_countries().get(code, ()):
            points = [((px - frame.west) * scale, (frame.north - py) * scale) for px, py in ring]
            previous = points[-1]
            for point in points:
                edge = (*previous, *point)
                low, high = min(edge[1], edge[3]), max(edge[1], edge[3])
                for row in range(int(low // CELL), int(high // CELL) + 1):
                    self.rows.setdefault(row, []).append(edge)
                    left, right = min(edge[0], edge[2]), max(edge[0], edge[2])
                    for column in range(int(left // CELL), int(right // CELL) + 1):
                        self.cells.setdefault((column, row), []).append(edge)
                previous = point

    def contains(self, x, y):
        """Even-odd ray casting over the edges of the point's row (holes cancel their polygon)."""
        inside = False
        for x1, y1, x2, y2 in self.rows.get(int(y // CELL), ()):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
        return inside

    def clear_of(self, x, y, radius):
        """True when no border passes within `radius` of (x, y)."""
        limit = radius * radius
        for column in range(int((x - radius) // CELL), int((x + radius) // CELL) + 1):
            for row in range(int((y - radius) // CELL), int((y + radius) // CELL) + 1):
                for edge in self.cells.get((column, row), ()):
                    if _distance_squared(x, y, *edge) < limit:
                        return False
        return True

    def holds(self, x, y, radius):
        """True when a disc of `radius` around (x, y) lies wholly inside the country."""
        return self.contains(x, y) and self.clear_of(x, y, radius)


def _distance_squared(x, y, x1, y1, x2, y2):
    dx, dy = x2 - x1, y2 - y1
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
    nearest_x, nearest_y = x1 + t * dx, y1 + t * dy
    return (x - nearest_x) ** 2 + (y - nearest_y) ** 2


@functools.lru_cache(maxsize=256)
def borders(frame, code):
    return Borders(frame, code)


@functools.lru_cache(maxsize=4096)
def settle(frame, code, x, y, radius):
    """Where to draw a dot of `radius` for a place at (x, y) of `frame` that lies in country `code`.

    A place a few kilometres from a border (Strasbourg on the Rhine) is drawn with a dot much wider
    than that, which would then cover the neighbour: the dot moves, as little as it can, to where
    its whole disc is inside its own country. Where no such place is near (a small state), the dot
    keeps its centre inside the country; a place outside its country's outline (a wrong
    coordinate) moves to the nearest place inside."""
    outline = borders(frame, code)
    if not outline.rows or outline.holds(x, y, radius):
        return x, y
    fallback = (x, y) if outline.contains(x, y) else None
    for step in range(1, SETTLE_REACH * 2 + 1):
        distance = radius * step / 2
        for direction in range(SETTLE_DIRECTIONS):
            angle = direction * 2 * math.pi / SETTLE_DIRECTIONS
            cx, cy = x + distance * math.cos(angle), y + distance * math.sin(angle)
            if outline.holds(cx, cy, radius):
                return cx, cy
            if fallback is None and outline.contains(cx, cy):
                fallback = (cx, cy)
    return fallback or (x, y)


@functools.lru_cache(maxsize=8)
def europe_shapes(width):
    frame = europe_frame(width)
    return frame, frame_shapes(frame)


@functools.lru_cache(maxsize=512)
def focus_shapes(latitude, longitude, width):
    frame = focus_frame(latitude, longitude, width)
    return frame, frame_shapes(frame)


@functools.lru_cache(maxsize=64)
def country_shapes(code, width):
    """A locator map framing one country, or None when the country is not in the data."""
    rings = projected_countries().get(code)
    if not rings:
        return None
    frame = area_frame(*mainland(rings), width)
    return frame, frame_shapes(frame)


def mainland(rings, reach=300 / 6371):
    """The projected bounds of a country's largest ring and of the islands near it.

    Far-off parts (Svalbard, the Azores) would shrink the country to a dot; islands within
    `reach` (300 km, on the unit sphere) of the mainland stay, as Corsica does with France.
    """

    def size(bbox):
        return max(bbox[2] - bbox[0], bbox[3] - bbox[1])

    west, south, east, north = max((bbox for bbox, _ in rings), key=size)
    bounds = [west, south, east, north]
    for bbox, _ in rings:
        if (
            bbox[0] < east + reach
            and bbox[2] > west - reach
            and bbox[1] < north + reach
            and bbox[3] > south - reach
        ):
            bounds = [
                min(bounds[0], bbox[0]),
                min(bounds[1], bbox[1]),
                max(bounds[2], bbox[2]),
                max(bounds[3], bbox[3]),
            ]
    return bounds


def clear_caches():
    for cached in (
        projected_countries,
        europe_shapes,
        focus_shapes,
        country_shapes,
        country_at,
        countries,
        borders,
        settle,
    ):
        cached.cache_clear()
