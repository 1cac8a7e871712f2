"""The infographic of a programme snapshot, drawn once as shapes, then written as SVG, PNG or PDF.

The same list of shapes feeds the SVG template and Pillow, so the downloads show exactly the bars
of the page. Pillow writes the PDF too: no browser and no extra dependency.
"""

import io

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, ImageDraw, ImageFont

WIDTH = 900
LEFT = 300  # where bars start; labels sit to the left
BAR_WIDTH = 480
BAR_HEIGHT = 22
ROW = 32
NAMED_COLOUR = "#1d5b8f"
REPORTED_COLOUR = "#8c4a00"
STEP_COLOUR = "#2f6b3b"
TEXT_COLOUR = "#1a1a1a"
AXIS_COLOUR = "#6b6b6b"


def shapes(snap):
    """(width, height, [shape]) where a shape is a dict with kind "rect" or "text"."""
    items = []
    y = 36
    title = _("%(programme)s as of %(date)s") % {
        "programme": snap.programme.name,
        "date": date_format(snap.as_of, "j F Y"),
    }
    items.append(_text(20, y, title, 22, bold=True))
    y += 30
    if not snap.started:
        items.append(_text(20, y, _("The programme had not started on that day."), 15))
        return WIDTH, y + 24, items
    for total in snap.overall_totals:
        items.append(_text(20, y, overall_sentence(total), 14))
        y += 22

    y += 16
    items.append(_text(20, y, _("Municipalities by country"), 18, bold=True))
    y += 14
    items.append({"kind": "rect", "x": 20, "y": y, "w": 14, "h": 14, "fill": REPORTED_COLOUR})
    items.append(_text(40, y + 12, _("reported total"), 13))
    items.append({"kind": "rect", "x": 200, "y": y, "w": 14, "h": 14, "fill": NAMED_COLOUR})
    items.append(_text(220, y + 12, _("named municipalities on record"), 13))
    y += 28
    largest = max([row.municipalities for row in snap.countries] + [1])
    for row in snap.countries:
        items.append(_text(LEFT - 10, y + 16, row.country.name, 14, anchor="end"))
        length = max(2, round(BAR_WIDTH * row.municipalities / largest))
        colour = REPORTED_COLOUR if row.from_reported_total else NAMED_COLOUR
        items.append({"kind": "rect", "x": LEFT, "y": y, "w": length, "h": BAR_HEIGHT, "fill": colour})
        items.append(_text(LEFT + length + 8, y + 16, country_value(row), 13))
        y += ROW
    if not snap.countries:
        items.append(_text(20, y + 16, _("No figures for that day."), 14))
        y += ROW

    y += 20
    items.append(_text(20, y, _("Named municipalities by step reached"), 18, bold=True))
    y += 14
    largest = max([count for _value, _label, count in snap.steps] + [1])
    for _value, label, count in snap.steps:
        items.append(_text(LEFT - 10, y + 16, str(label), 13, anchor="end"))
        length = round(BAR_WIDTH * count / largest)
        if length:
            items.append(
                {"kind": "rect", "x": LEFT, "y": y, "w": length, "h": BAR_HEIGHT, "fill": STEP_COLOUR}
            )
        items.append(_text(LEFT + length + 8, y + 16, str(count), 13))
        y += ROW
    y += 10
    funded = ngettext(
        "%(count)d named municipality with funded projects",
        "%(count)d named municipalities with funded projects",
        len(snap.funded),
    ) % {"count": len(snap.funded)}
    items.append(_text(20, y, funded, 14, bold=True))
    y += 22
    if snap.funded:
        names = ", ".join(record.participation.authority.name for record in snap.funded)
        for line in _wrap(names, 110):
            items.append(_text(20, y, line, 13))
            y += 18
    return WIDTH, y + 12, items


def overall_sentence(total):
    period = period_label(total)
    if total.countries_covered.exists():
        codes = ", ".join(country.name for country in total.countries_covered.all())
        return _("Reported total: %(count)d municipalities in %(countries)s (%(period)s)") % {
            "count": total.municipalities,
            "countries": codes,
            "period": period,
        }
    return _("Reported total: %(count)d municipalities (%(period)s)") % {
        "count": total.municipalities,
        "period": period,
    }


def period_label(total):
    return f"{date_format(total.period_start, 'YEAR_MONTH_FORMAT')} – {date_format(total.period_end, 'YEAR_MONTH_FORMAT')}"


def country_value(row):
    if row.from_reported_total:
        return _("%(count)d reported (%(period)s); %(named)d named") % {
            "count": row.municipalities,
            "period": period_label(row.reported),
            "named": row.named,
        }
    return _("%(count)d named") % {"count": row.named}


def _text(x, y, text, size, *, bold=False, anchor="start"):
    return {"kind": "text", "x": x, "y": y, "text": str(text), "size": size, "bold": bold, "anchor": anchor}


def _wrap(text, width):
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


_PIL_ANCHORS = {"start": "ls", "end": "rs", "middle": "ms"}


def image(snap, scale=2):
    """A Pillow image of the infographic, drawn at `scale` times the SVG's size for sharp print."""
    width, height, items = shapes(snap)
    picture = Image.new("RGB", (width * scale, height * scale), "white")
    draw = ImageDraw.Draw(picture)
    fonts = {}
    for item in items:
        if item["kind"] == "rect":
            box = [
                item["x"] * scale,
                item["y"] * scale,
                (item["x"] + item["w"]) * scale,
                (item["y"] + item["h"]) * scale,
            ]
            draw.rectangle(box, fill=item["fill"])
            continue
        size = item["size"] * scale
        if size not in fonts:
            fonts[size] = ImageFont.load_default(size=size)
        position = (item["x"] * scale, item["y"] * scale)
        anchor = _PIL_ANCHORS[item["anchor"]]
        draw.text(position, item["text"], font=fonts[size], fill=TEXT_COLOUR, anchor=anchor)
        if item["bold"]:  # the built-in font has no bold face: overstrike by one pixel
            draw.text(
                (position[0] + 1, position[1]),
                item["text"],
                font=fonts[size],
                fill=TEXT_COLOUR,
                anchor=anchor,
            )
    return picture


def png_bytes(snap):
    buffer = io.BytesIO()
    image(snap).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def pdf_bytes(snap):
    buffer = io.BytesIO()
    image(snap, scale=3).save(buffer, format="PDF", resolution=216.0, title=snap.programme.name)
    return buffer.getvalue()
