"""From longitude/latitude to SVG coordinates: projection, framing, clipping, simplification.

The projection is Lambert azimuthal equal-area centred on Europe (the projection of the EU's
ETRS89-LAEA grid, with its centre moved east so that the Caucasus is not squeezed): areas stay
comparable, so shaded countries are not exaggerated towards the north as on a web map.
"""

import math
from dataclasses import dataclass

CENTRE = (52.0, 14.0)  # latitude, longitude

# Places that must fit on the map of Europe: Iceland's west cape, Portugal's south-west,
# the North Cape and Norway's east, Azerbaijan's east, Turkey's south-east, Cyprus, Malta.
EUROPE_EXTREMES = (
    (65.5, -24.6),
    (63.3, -24.6),
    (36.9, -9.6),
    (71.2, 25.8),
    (70.4, 31.2),
    (41.9, 50.6),
    (38.4, 49.0),
    (36.8, 44.8),
    (34.5, 34.5),
    (35.8, 14.3),
)
EARTH_RADIUS_KM = 6371.0


def laea(lat, lon, centre=CENTRE):
    """Lambert azimuthal equal-area on the unit sphere; y grows northwards."""
    phi0, lambda0 = math.radians(centre[0]), math.radians(centre[1])
    phi, delta = math.radians(lat), math.radians(lon) - lambda0
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(delta)
    k = math.sqrt(2 / max(1 + cos_c, 1e-12))
    x = k * math.cos(phi) * math.sin(delta)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(delta))
    return x, y


@dataclass(frozen=True)
class Frame:
    """A rectangle of the projected plane drawn into an SVG viewBox `width` units wide."""

    west: float
    south: float
    east: float
    north: float
    width: int

    @property
    def scale(self):
        return self.width / (self.east - self.west)

    @property
    def height(self):
        return round((self.north - self.south) * self.scale)

    def to_svg(self, lat, lon):
        x, y = laea(lat, lon)
        return (x - self.west) * self.scale, (self.north - y) * self.scale

    def contains(self, point):
        x, y = point
        return 0 <= x <= self.width and 0 <= y <= self.height


def europe_frame(width, margin=0.02):
    """The frame holding every Council of Europe member state (overseas parts excepted)."""
    xs, ys = zip(*(laea(lat, lon) for lat, lon in EUROPE_EXTREMES), strict=True)
    pad = margin * (max(xs) - min(xs))
    return Frame(min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad, width)


def focus_frame(lat, lon, width, radius_km=400, ratio=0.75):
    """A frame centred on a place, `radius_km` either side horizontally, for a locator map."""
    x, y = laea(lat, lon)
    half_width = radius_km / EARTH_RADIUS_KM
    half_height = half_width * ratio
    return Frame(x - half_width, y - half_height, x + half_width, y + half_height, width)


def area_frame(west, south, east, north, width, *, padding=0.08, ratios=(0.6, 1.3), smallest_km=300):
    """A frame around a rectangle of the projected plane, padded, its shape kept within `ratios`.

    A small state (Malta, Monaco) gets at least `smallest_km` around it, to show where it is.
    """
    pad = padding * max(east - west, north - south)
    smallest = smallest_km / EARTH_RADIUS_KM
    pad_x = max(pad, (smallest - (east - west)) / 2)
    pad_y = max(pad, (smallest - (north - south)) / 2)
    west, south, east, north = west - pad_x, south - pad_y, east + pad_x, north + pad_y
    low, high = ratios
    ratio = (north - south) / (east - west)
    if ratio < low:  # too flat: add sea above and below
        grow = ((east - west) * low - (north - south)) / 2
        south, north = south - grow, north + grow
    elif ratio > high:  # too tall: add land either side
        grow = ((north - south) / high - (east - west)) / 2
        west, east = west - grow, east + grow
    return Frame(west, south, east, north, width)


def clip_ring(points, left, top, right, bottom):
    """Sutherland-Hodgman clipping of a closed ring to a rectangle (SVG coordinates)."""
    edges = (
        (lambda p: p[0] >= left, lambda a, b: _cross_x(a, b, left)),
        (lambda p: p[0] <= right, lambda a, b: _cross_x(a, b, right)),
        (lambda p: p[1] >= top, lambda a, b: _cross_y(a, b, top)),
        (lambda p: p[1] <= bottom, lambda a, b: _cross_y(a, b, bottom)),
    )
    for inside, cross in edges:
        if not points:
            break
        clipped = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    clipped.append(cross(previous, point))
                clipped.append(point)
            elif inside(previous):
                clipped.append(cross(previous, point))
            previous = point
        points = clipped
    return points


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def thin(points, tolerance):
    """Drops points closer than `tolerance` to the last one kept: enough at map scale."""
    if len(points) < 4:
        return points
    kept = [points[0]]
    limit = tolerance * tolerance
    for x, y in points[1:-1]:
        last_x, last_y = kept[-1]
        if (x - last_x) ** 2 + (y - last_y) ** 2 >= limit:
            kept.append((x, y))
    kept.append(points[-1])
    return kept


def path_data(rings):
    """SVG path data for rings of SVG points: absolute start, then relative moves in tenths."""
    parts = []
    for ring in rings:
        first_x, first_y = round(ring[0][0], 1), round(ring[0][1], 1)
        steps = [f"M{_number(first_x)} {_number(first_y)}l"]
        last_x, last_y = first_x, first_y
        for x, y in ring[1:]:
            x, y = round(x, 1), round(y, 1)
            if (x, y) == (last_x, last_y):
                continue
            steps.append(f"{_number(x - last_x)} {_number(y - last_y)} ")
            last_x, last_y = x, y
        parts.append("".join(steps).rstrip() + "z")
    return "".join(parts)


def _number(value):
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
