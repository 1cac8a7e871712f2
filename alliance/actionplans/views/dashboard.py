"""The public dashboard of the Local Action Plans: the Alliance's figures on any day, by country
and area, each chart drawn here as SVG shapes beside the table that holds the same figures."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from alliance.applications.forms import OBLIGATIONS

from .. import datasets, figures
from ..models import Area, MeasureStatus
from ..templatetags.action_plans import euros

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
WIDTH = 560
BAR = 20
ROW = 54  # a label line, then its bar
VALUE_ROOM = 120  # the value written after the longest bar
INK = "#1b1f24"
BLUE = "#003d7a"
STATUS_COLOURS = {
    MeasureStatus.DONE: "#1d6b35",
    MeasureStatus.ONGOING: BLUE,
    MeasureStatus.NOT_STARTED: "#8c4a00",
    MeasureStatus.DROPPED: "#4a5260",
    figures.NOT_REPORTED: "#ffffff",
}


class DashboardForm(forms.Form):
    """The day and the filters; a value that is not offered is an error, never a server error."""

    on = forms.CharField(label=gettext_lazy("As of"), required=False)
    country = forms.ChoiceField(label=gettext_lazy("Country"), required=False)
    area = forms.ChoiceField(label=gettext_lazy("Area"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        countries = figures.countries_with_plans()
        self.fields["country"].choices = every + [(country.code, country.name) for country in countries]
        self.fields["area"].choices = every + list(Area.choices)

    def clean_on(self):
        text = self.cleaned_data["on"]
        today = timezone.localdate()
        if not text:
            return today
        try:
            day = datetime.date.fromisoformat(text) if ISO_DAY.fullmatch(text) else None
        except ValueError:
            day = None
        if day is None:
            raise ValidationError(_("Enter the date as YYYY-MM-DD, for example 2018-09-30."))
        if day.year < 1900 or day > today:
            raise ValidationError(_("Choose a day between 1900 and today."))
        return day


def index(request):
    form = DashboardForm(request.GET or None)
    valid = not form.is_bound or form.is_valid()
    chosen = form.cleaned_data if form.is_bound else {}
    day = chosen.get("on") or timezone.localdate()
    filters = figures.Filters(country=chosen.get("country", ""), area=chosen.get("area", ""))
    board = figures.dashboard(day, filters)
    query = request.GET.copy()
    query.pop("on", None)
    context = {
        "form": form,
        "on_text": (request.GET.get("on") or day.isoformat())[:20],
        "board": board,
        "filtered": bool(filters.country or filters.area),
        "obligations": OBLIGATIONS,
        "charts": _charts(board) if board.plans else {},
        "downloads": [
            (datasets.PLANS, _("Download the published plans:")),
            (datasets.MEASURES, _("Download their measures:")),
            (datasets.REPORTS, _("Download the published progress reports:")),
        ],
        "dataset_query": query.urlencode() if valid else "",
    }
    return render(request, "actionplans/dashboard.html", context, status=200 if valid else 400)


def _charts(board):
    return {
        "measures": _chart(
            "chart-measures",
            [
                (
                    area["label"],
                    [(count, STATUS_COLOURS[value]) for value, _label, count in area["by_status"]],
                )
                for area in board.areas
            ],
            str,
            legend=[(capfirst(label), STATUS_COLOURS[value]) for value, label, _count in board.statuses],
        ),
        "budgets": _chart(
            "chart-budgets", [(area["label"], [(area["budget"], BLUE)]) for area in board.areas], euros
        ),
        "countries": _chart(
            "chart-countries", [(row["label"], [(row["plans"], BLUE)]) for row in board.countries], str
        ),
    }


def _chart(ident, rows, write, legend=()):
    """Horizontal bars, each under its label, with segments (stacked) and its total after it: a
    dict of the SVG's size and shapes for `actionplans/chart.svg`."""
    shapes, y = [], 0
    for number, (label, colour) in enumerate(legend):
        x, y_legend = (number % 2) * (WIDTH // 2), (number // 2) * 24
        shapes.append(_rect(x, y_legend + 4, 16, 16, colour))
        shapes.append(_text(x + 24, y_legend + 18, label))
    if legend:
        y = (len(legend) + 1) // 2 * 24 + 16
    largest = max([sum(amount for amount, _colour in segments) for _label, segments in rows] + [1])
    for label, segments in rows:
        shapes.append(_text(0, y + 16, label))
        x, total = 0, 0
        for amount, colour in segments:
            length = round((WIDTH - VALUE_ROOM) * amount / largest)
            if length:
                shapes.append(_rect(x, y + 24, length, BAR, colour))
            x, total = x + length, total + amount
        shapes.append(_text(x + 8, y + 24 + 15, write(total), bold=True))
        y += ROW
    return {"id": ident, "width": WIDTH, "height": y + 4, "shapes": shapes}


def _rect(x, y, width, height, fill):
    # A white segment (not reported) is drawn as an outline, so it shows on the white page.
    return {"kind": "rect", "x": x, "y": y, "w": width, "h": height, "fill": fill, "stroke": INK}


def _text(x, y, text, bold=False):
    return {"kind": "text", "x": x, "y": y, "text": str(text), "bold": bold}
