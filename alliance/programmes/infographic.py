"""The infographic of a programme snapshot, drawn once as shapes, then written as SVG, PNG or PDF.

The same list of shapes feeds the SVG template, Pillow (the PNG) and reportlab (the PDF, in
`infographic_pdf`), so the downloads show exactly the bars of the page.
"""

import io
from functools import lru_cache
from pathlib import Path

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, ImageDraw, ImageFont

from alliance.core.dates import long_date

FONTS = Path(__file__).resolve().parent / "fonts"
FONT_FAMILY = "'Infographic Sans', 'DejaVu Sans', Verdana, sans-serif"
WIDTH = 1000
LEFT = 330  # where bars start; labels sit to the left
LABEL_WIDTH = LEFT - 30
BAR_WIDTH = 560
BAR_HEIGHT = 22
NAMED_COLOUR = "#1d5b8f"
REPORTED_COLOUR = "#8c4a00"
STEP_COLOUR = "#2f6b3b"
TEXT_COLOUR = "#1a1a1a"


@lru_cache(maxsize=32)
def font(size, bold=False):
    """The vendored DejaVu Sans: the same letters (with every accent) in the SVG, PNG and PDF."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def wrap(text, size, width, bold=False):
    """Lines of text no wider than `width` pixels in that font size."""
    measure = font(size, bold).getlength
    lines, line = [], ""
    for word in str(text).split(" "):
        candidate = f"{line} {word}".strip()
        if line and measure(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + ([line] if line else [])


def shapes(snap):
    """(width, height, [shape]) where a shape is a dict with kind "rect" or "text"."""
    items = []
    y = 36
    title = _("%(programme)s as of %(date)s") % {
        "programme": snap.programme.name,
        "date": long_date(snap.as_of),
    }
    items.append(_text(20, y, title, 22, bold=True))
    y += 32
    if not snap.started:
        items.append(_text(20, y, _("The programme had not started on that day."), 15))
        return WIDTH, y + 24, items
    if snap.headline:
        for line in wrap(headline_sentence(snap.headline, snap.programme), 16, WIDTH - 40, bold=True):
            items.append(_text(20, y, line, 16, bold=True))
            y += 22
        for line in wrap(overall_sentence(snap.headline), 14, WIDTH - 40):
            items.append(_text(20, y, line, 14))
            y += 20
        y += 4

    y += 16
    items.append(_text(20, y, _("Municipalities by country"), 18, bold=True))
    y += 14
    items.append({"kind": "rect", "x": 20, "y": y, "w": 14, "h": 14, "fill": REPORTED_COLOUR})
    items.append(_text(40, y + 12, _("reported total"), 13))
    legend_x = 60 + round(font(13).getlength(str(_("reported total"))))
    items.append({"kind": "rect", "x": legend_x, "y": y, "w": 14, "h": 14, "fill": NAMED_COLOUR})
    items.append(_text(legend_x + 20, y + 12, _("named municipalities on record"), 13))
    y += 30
    largest = max([row.municipalities for row in snap.countries] + [1])
    for row in snap.countries:
        items.append(_text(LEFT - 10, y + 16, row.country.name, 14, anchor="end"))
        if row.only_in_headline:
            items.append(_text(LEFT, y + 16, country_value(row), 13))
            y += BAR_HEIGHT + 16
            continue
        length = max(2, round(BAR_WIDTH * row.municipalities / largest))
        colour = REPORTED_COLOUR if row.from_reported_total else NAMED_COLOUR
        items.append({"kind": "rect", "x": LEFT, "y": y, "w": length, "h": BAR_HEIGHT, "fill": colour})
        items.append(_text(LEFT + length + 8, y + 16, str(row.municipalities), 14, bold=True))
        y += BAR_HEIGHT + 16
        items.append(_text(LEFT, y, country_value(row), 12))
        y += 14
    if not snap.countries:
        items.append(_text(20, y + 16, _("No figures for that day."), 14))
        y += 32

    if not snap.programme.tracks_steps:  # ROMED has no step-by-step process
        return WIDTH, y + 12, items
    y += 20
    items.append(_text(20, y, _("Named municipalities by step reached"), 18, bold=True))
    y += 20
    items.append(_text(20, y, _("A municipality at a later step has passed the earlier ones."), 13))
    y += 14
    largest = max([count for _value, _label, count in snap.steps] + [1])
    for _value, label, count in snap.steps:
        lines = wrap(str(label)[:1].upper() + str(label)[1:], 13, LABEL_WIDTH)
        top = y + 16 - 8 * (len(lines) - 1)
        for number, line in enumerate(lines):
            items.append(_text(LEFT - 10, top + 16 * number, line, 13, anchor="end"))
        length = round(BAR_WIDTH * count / largest)
        if length:
            items.append(
                {"kind": "rect", "x": LEFT, "y": y, "w": length, "h": BAR_HEIGHT, "fill": STEP_COLOUR}
            )
        items.append(_text(LEFT + length + 8, y + 16, str(count), 14, bold=True))
        y += max(BAR_HEIGHT, 16 * len(lines)) + 14
    y += 14
    funded = ngettext(
        "%(count)d named municipality with funded projects",
        "%(count)d named municipalities with funded projects",
        len(snap.funded),
    ) % {"count": len(snap.funded)}
    items.append(_text(20, y, funded, 14, bold=True))
    y += 22
    if snap.funded:
        names = ", ".join(record.participation.authority.name for record in snap.funded)
        for line in wrap(names, 13, WIDTH - 40):
            items.append(_text(20, y, line, 13))
            y += 18
    return WIDTH, y + 12, items


def headline_sentence(total, programme):
    """ "131 municipalities in 6 countries have benefited from ROMACT", as the record states it."""
    values = {"count": total.municipalities, "programme": programme.name}
    countries = total.countries_covered.count()
    if countries:
        values["countries"] = ngettext("%(number)d country", "%(number)d countries", countries) % {
            "number": countries
        }
        return (
            ngettext(
                "%(count)d municipality in %(countries)s has benefited from %(programme)s",
                "%(count)d municipalities in %(countries)s have benefited from %(programme)s",
                total.municipalities,
            )
            % values
        )
    return (
        ngettext(
            "%(count)d municipality has benefited from %(programme)s",
            "%(count)d municipalities have benefited from %(programme)s",
            total.municipalities,
        )
        % values
    )


def overall_sentence(total):
    period = period_label(total)
    if total.countries_covered.exists():
        codes = ", ".join(country.name for country in total.countries_covered.all())
        return _("Reported total: %(count)d municipalities (%(period)s); countries: %(countries)s") % {
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
    if row.only_in_headline:
        return _("in the reported total; no figure by country published")
    if row.from_reported_total:
        return _("%(count)d reported (%(period)s); %(named)d named") % {
            "count": row.municipalities,
            "period": period_label(row.reported),
            "named": row.named,
        }
    return _("%(count)d named") % {"count": row.named}


def _text(x, y, text, size, *, bold=False, anchor="start"):
    return {"kind": "text", "x": x, "y": y, "text": str(text), "size": size, "bold": bold, "anchor": anchor}


_PIL_ANCHORS = {"start": "ls", "end": "rs", "middle": "ms"}


def image(snap, scale=2):
    """A Pillow image of the infographic, drawn at `scale` times the SVG's size for sharp print."""
    width, height, items = shapes(snap)
    picture = Image.new("RGB", (width * scale, height * scale), "white")
    draw = ImageDraw.Draw(picture)
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
        position = (item["x"] * scale, item["y"] * scale)
        face = font(item["size"] * scale, item["bold"])
        draw.text(position, item["text"], font=face, fill=TEXT_COLOUR, anchor=_PIL_ANCHORS[item["anchor"]])
    return picture


def png_bytes(snap):
    buffer = io.BytesIO()
    image(snap).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
