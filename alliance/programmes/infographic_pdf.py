"""The infographic as a real PDF document: vector bars and text in the page's language, then the
figures as tables, so a screen reader, a search engine or `pdftotext` reads every number.

It draws the very shapes of the SVG (`infographic.shapes`), with the vendored DejaVu Sans
embedded so every accent prints, and the tables are written from the same snapshot.
"""

import io
from functools import lru_cache

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from alliance.core.languages import current_language

from . import infographic

MARGIN = 15 * mm


@lru_cache(maxsize=1)
def _fonts():
    pdfmetrics.registerFont(TTFont("InfographicSans", str(infographic.FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("InfographicSans-Bold", str(infographic.FONTS / "DejaVuSans-Bold.ttf")))
    return "InfographicSans", "InfographicSans-Bold"


class Chart(Flowable):
    """The infographic's shapes, scaled to the page's width; SVG's y axis points down, PDF's up."""

    def __init__(self, width, height, items, available_width):
        super().__init__()
        self.items = items
        self.scale = available_width / width
        self.width = available_width
        self.height = height * self.scale

    def draw(self):
        regular, bold = _fonts()
        canvas = self.canv
        canvas.scale(self.scale, self.scale)
        top = self.height / self.scale
        for item in self.items:
            if item["kind"] == "rect":
                canvas.setFillColor(colors.HexColor(item["fill"]))
                canvas.rect(item["x"], top - item["y"] - item["h"], item["w"], item["h"], stroke=0, fill=1)
                continue
            canvas.setFillColor(colors.HexColor(infographic.TEXT_COLOUR))
            canvas.setFont(bold if item["bold"] else regular, item["size"])
            draw = {
                "start": canvas.drawString,
                "end": canvas.drawRightString,
                "middle": canvas.drawCentredString,
            }
            draw[item["anchor"]](item["x"], top - item["y"], item["text"])


def _table(rows, regular, bold):
    table = Table(rows, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 9),
                ("FONT", (0, 0), (-1, 0), bold, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def pdf_bytes(snap):
    regular, bold = _fonts()
    width, height, items = infographic.shapes(snap)
    title = _("%(programme)s as of %(date)s") % {
        "programme": snap.programme.name,
        "date": date_format(snap.as_of, "j F Y"),
    }
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=_("European Alliance of Cities and Regions for Roma Inclusion"),
        subject=_("Programme figures"),
        lang=current_language(),
    )
    heading = ParagraphStyle("heading", fontName=bold, fontSize=13, leading=17, spaceBefore=8, spaceAfter=6)
    story = [Chart(width, height, items, document.width)]
    if snap.countries:
        story += [Spacer(1, 6 * mm), Paragraph(_("Municipalities by country"), heading)]
        rows = [[_("Country"), _("Municipalities"), _("Named"), _("Source of the figure")]]
        for row in snap.countries:
            source = infographic.country_value(row)
            rows.append(
                [
                    row.country.name,
                    str(row.municipalities),
                    str(row.named),
                    Paragraph(source, _style(regular)),
                ]
            )
        story.append(_table(rows, regular, bold))
    if snap.started and snap.programme.tracks_steps:
        story += [Spacer(1, 4 * mm), Paragraph(_("Named municipalities by step reached"), heading)]
        rows = [[_("Step"), _("Municipalities")]]
        rows += [[str(label)[:1].upper() + str(label)[1:], str(count)] for _value, label, count in snap.steps]
        story.append(_table(rows, regular, bold))
    document.build(story)
    return buffer.getvalue()


def _style(font):
    return ParagraphStyle("cell", fontName=font, fontSize=9, leading=11)
