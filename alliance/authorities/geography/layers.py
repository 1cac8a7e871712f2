"""Country shapes as SVG path data for a frame, computed once per process and kept in memory.

Projecting the outlines is the slow part (a few hundred milliseconds for Natural Earth's 1:50m
borders); it happens once, in `projected_countries`. Each frame then only scales, clips and thins
the rings it needs, and the result is cached too: the map of Europe per width, and the locator
maps per place.
"""

import functools
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
    for cached in (projected_countries, europe_shapes, focus_shapes, country_shapes, country_at, countries):
        cached.cache_clear()
