"""Server-rendered SVG maps: Europe with linked places and shaded countries, and locator maps.

No tiles, no script: the page receives an <svg> that scales to its container (width 100%,
height from the viewBox). Every place is a link with a title, so the map is usable by keyboard
and screen reader; the shading is also available as data (`shading_legend`) for the page to
repeat as text or a table.
"""

import itertools
import math

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django_countries import countries as iso_countries

from ..countries import COE_MEMBER_STATES
from .layers import country_at, country_shapes, europe_shapes, focus_shapes, projected_countries, settle

SEA = "#e4eaf0"
OTHER_LAND = "#cfcfcf"  # states outside the Council of Europe
MEMBER_LAND = "#f7f7f4"  # member states, when nothing is shaded
FOCUS_LAND = "#c6dbef"  # on a locator map, the country around the place
BORDER = "#7b8794"
# A sequential blue scale (ColorBrewer "Blues"), white for zero; each step is told apart from
# the next, and the darkest ones carry white place markers well.
SCALE = ("#ffffff", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
PLACE = "#c2255c"
# A place's dot, in viewBox units, and the circle around it that takes a tap or a click: 24 units,
# so 24 CSS pixels wherever the map is drawn at its own size or larger (WCAG 2.5.8, target size),
# as the participants' map is on a phone, in its own scrolling region.
DOT_RADIUS = 5
DOT_STROKE = 1.5
TARGET_RADIUS = 12
ATTRIBUTION = "Made with Natural Earth"

_ids = itertools.count(1)


def project(lat, lon, *, width=800, focus=None):
    """The (x, y) viewBox position of a place on the map `render_map` draws with these arguments."""
    frame, _ = _shapes(_focus(focus), width)
    return frame.to_svg(float(lat), float(lon))


def shading_legend(shading):
    """The classes of a shading, darkest last: [{"low", "high", "label", "color"}, ...]."""
    values = [value for value in (shading or {}).values() if value is not None]
    if not values:
        return []
    classes = [{"low": 0, "high": 0, "label": "0", "color": SCALE[0]}]
    highest = max(values)
    if highest <= 0:
        return classes
    integers = all(float(value).is_integer() for value in values)
    steps = len(SCALE) - 1
    if integers:
        step = max(1, math.ceil(highest / steps))
        low = 1
        while low <= highest:
            high = min(low + step - 1, int(highest))
            label = str(low) if low == high else f"{low}–{high}"
            classes.append({"low": low, "high": high, "label": label, "color": SCALE[len(classes)]})
            low = high + 1
    else:
        for index in range(steps):
            low, high = highest * index / steps, highest * (index + 1) / steps
            label = f"{low:.1f}–{high:.1f}"
            classes.append({"low": low, "high": high, "label": label, "color": SCALE[index + 1]})
    return classes


def _fill(value, classes):
    if value is None or not classes:
        return None
    for entry in classes:
        if value <= entry["high"]:
            return entry["color"]
    return classes[-1]["color"]


def _focus(focus):
    """("place", lat, lon), ("country", code) or None for the map of Europe."""
    if isinstance(focus, str):
        return ("country", focus.upper()) if focus.upper() in projected_countries() else None
    try:
        latitude, longitude = (float(value) for value in focus)
    except (TypeError, ValueError):
        return None  # no focus, or a place without coordinates: show Europe rather than fail
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return ("place", round(latitude, 3), round(longitude, 3))


def _shapes(focus, width):
    width = int(width)
    if focus and focus[0] == "place":
        return focus_shapes(focus[1], focus[2], width)
    if focus and focus[0] == "country":
        return country_shapes(focus[1], width)
    return europe_shapes(width)


# Accepted spellings of each field of a place, the first one found wins.
FIELDS = {
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng"),
    "country": ("country_code", "country"),
}


def _read(point, name):
    for key in FIELDS.get(name, (name,)):
        value = point.get(key) if isinstance(point, dict) else getattr(point, key, None)
        if value is not None:
            return value
    return None


def _country_name(code):
    return str(iso_countries.name(code)) or ("Kosovo" if code == "XK" else code)


def _countries_svg(shapes, shading, classes, highlight=None):
    parts = ['<g class="map-countries" aria-hidden="true">']
    markers = []
    for shape in shapes:
        member = shape.code in COE_MEMBER_STATES
        value = shading.get(shape.code) if shading else None
        if value is None and classes and member:
            value = 0  # a member state missing from the figures has none
        fill = _fill(value, classes) or (MEMBER_LAND if member and not classes else OTHER_LAND)
        if shape.code == highlight and not classes:
            fill = FOCUS_LAND
        name = escape(_country_name(shape.code))
        title = (
            _("%(country)s: %(count)s") % {"country": name, "count": f"{value:g}"}
            if value is not None
            else name
        )
        parts.append(
            f'<path d="{shape.path}" fill="{fill}" fill-rule="evenodd" data-code="{shape.code}">'
            f"<title>{title}</title></path>"
        )
        if shape.tiny and (member or value is not None):
            x, y = shape.centre
            markers.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{fill}" stroke="{BORDER}" '
                f'stroke-width="0.8" data-code="{shape.code}"><title>{title}</title></circle>'
            )
    parts.append("</g>")
    if markers:
        parts += ['<g class="map-small-states" aria-hidden="true">', *markers, "</g>"]
    return "".join(parts)


def place_position(point, frame):
    """The (x, y) of a place's dot on `frame`, inside its own country, or None when it has no
    coordinates. The country is the place's own (`country_code` or `country`), else the one
    under its coordinates."""
    latitude, longitude = _read(point, "latitude"), _read(point, "longitude")
    if latitude is None or longitude is None:
        return None
    latitude, longitude = float(latitude), float(longitude)
    x, y = frame.to_svg(latitude, longitude)
    code = _read(point, "country")
    code = getattr(code, "code", code) or country_at(round(latitude, 4), round(longitude, 4))
    if not code:
        return x, y
    return settle(frame, str(code).upper(), x, y, DOT_RADIUS + DOT_STROKE / 2)


def _places_svg(points, frame):
    parts = ['<g class="map-places">']
    links = 0
    for point in points or ():
        position = place_position(point, frame)
        if position is None or not frame.contains(position):
            continue
        x, y = position
        label, url = escape(_read(point, "label") or ""), _read(point, "url")
        dot = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{DOT_RADIUS}" fill="{PLACE}" stroke="#ffffff" '
            f'stroke-width="{DOT_STROKE}"/>'
        )
        if url:
            links += 1
            target = (
                f'<circle class="map-place__target" cx="{x:.1f}" cy="{y:.1f}" r="{TARGET_RADIUS}" '
                'fill="#ffffff" fill-opacity="0"/>'
            )
            parts.append(
                f'<a href="{escape(url)}" class="map-place" aria-label="{label}">'
                f"<title>{label}</title>{target}{dot}</a>"
            )
        else:
            parts.append(f'<g class="map-place"><title>{label}</title>{dot}</g>')
    parts.append("</g>")
    return "".join(parts), links


def _legend_size(frame):
    return max(12.0, frame.width / 50)  # text and swatches grow with the map


def _legend_svg(classes, title, frame):
    """The legend, in one row on a band under the map so that it hides no country."""
    size = _legend_size(frame)
    x, line = size * 0.5, frame.height + size * 1.6
    parts = [
        f'<g class="map-legend" aria-hidden="true" font-family="sans-serif" font-size="{size:.1f}" fill="#1a1a1a">',
        f'<rect y="{frame.height}" width="{frame.width}" height="{size * 2.4:.1f}" fill="#ffffff"/>',
    ]
    if title:
        parts.append(f'<text x="{x:.1f}" y="{line:.1f}" font-weight="bold">{escape(title)}</text>')
        x += size * (0.62 * len(title) + 1.5)
    for entry in classes:
        parts.append(
            f'<rect x="{x:.1f}" y="{line - size * 0.9:.1f}" width="{size:.1f}" height="{size:.1f}" '
            f'fill="{entry["color"]}" stroke="{BORDER}" stroke-width="0.8"/>'
            f'<text x="{x + size * 1.4:.1f}" y="{line:.1f}">{escape(entry["label"])}</text>'
        )
        x += size * (0.62 * len(entry["label"]) + 3)
    parts.append("</g>")
    return "".join(parts)


def _labels_svg(shapes, frame, highlight=None):
    """Country names on a locator map, where a handful of countries fill the frame."""
    size = max(11.0, frame.width / 32)
    parts = [
        f'<g class="map-labels" aria-hidden="true" font-family="sans-serif" font-size="{size:.1f}" '
        f'fill="#1a1a1a" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke">'
    ]
    for shape in shapes:
        x, y = shape.centre
        name = _country_name(shape.code)
        fits = shape.extent >= size * len(name) * 0.7
        if not fits and shape.code == highlight:
            fits, y = True, y + shape.extent / 2 + size * 1.2  # named beneath its outline
        if fits and 0 < x < frame.width and size < y < frame.height:
            parts.append(f'<text x="{x:.1f}" y="{y:.1f}">{escape(name)}</text>')
    parts.append("</g>")
    return "".join(parts)


def _focus_svg(focus, frame):
    x, y = frame.to_svg(float(focus[0]), float(focus[1]))
    return (
        f'<g class="map-focus" aria-hidden="true" fill="none" stroke="{PLACE}" stroke-width="2">'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="14"/>'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{PLACE}" stroke="#ffffff" stroke-width="1.5"/></g>'
    )


def render_map(
    points,
    shading=None,
    *,
    focus=None,
    width=800,
    title="",
    description="",
    legend_title="",
    legend=True,
):
    """An <svg> map (safe markup) of Europe, or a locator map around `focus`.

    `points`: objects or dicts with latitude (or lat), longitude (or lon), label and url; each
    becomes a link (a plain dot without url).
    `shading`: {alpha-2 code: number}, drawn in a blue scale with a legend unless legend=False.
    `focus`: (latitude, longitude) for a map 800 km wide around a place, or an alpha-2 code for
    a map of one country; either is highlighted when nothing is shaded.
    """
    focus = _focus(focus)
    frame, shapes = _shapes(focus, width)
    classes = shading_legend(shading)
    show_legend = bool(legend and classes and not focus)
    height = frame.height + (round(_legend_size(frame) * 2.4) if show_legend else 0)
    prefix = f"map-{next(_ids)}"
    places, links = _places_svg(points, frame)
    # With links inside, role="img" would hide them from assistive technology: a group keeps
    # them reachable. A map with neither links nor title is decoration beside the page's text.
    if links:
        accessibility = ' role="group"'
    elif title:
        accessibility = ' role="img"'
    else:
        accessibility = ' aria-hidden="true"'
    if title:
        accessibility += f' aria-labelledby="{prefix}-title"'
    if description:
        accessibility += f' aria-describedby="{prefix}-desc"'
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {frame.width} {height}" '
        f'width="100%" class="alliance-map"{accessibility}>'
    ]
    if title:
        parts.append(f'<title id="{prefix}-title">{escape(title)}</title>')
    if description:
        parts.append(f'<desc id="{prefix}-desc">{escape(description)}</desc>')
    parts.append(f'<rect width="{frame.width}" height="{frame.height}" fill="{SEA}"/>')
    parts.append(f'<g stroke="{BORDER}" stroke-width="0.5" stroke-linejoin="round">')
    highlight = None
    if focus and focus[0] == "place":
        highlight = country_at(focus[1], focus[2])
    elif focus:
        highlight = focus[1]
    parts.append(_countries_svg(shapes, shading, classes, highlight))
    parts.append("</g>")
    if focus:
        parts.append(_labels_svg(shapes, frame, highlight))
    if focus and focus[0] == "place":
        parts.append(_focus_svg(focus[1:], frame))
    parts.append(places)
    if show_legend:
        parts.append(_legend_svg(classes, legend_title, frame))
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text and attribute above is escaped
