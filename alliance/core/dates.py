"""Dates as each language writes them: "16 July 2018", "1er décembre 2026", "16–17 November 2017".

Day, month and year come from the formats of the active language (`alliance/formats/`); French
writes the first day of a month as an ordinal, which no date format can say, so it is added here.
"""

import datetime

from django.utils import formats, timezone

from .languages import in_french


def _first_is_ordinal(day):
    return day.day == 1 and in_french()


def day_number(day):
    """ "1er" for the first of a month in French, else the day's number."""
    return "1er" if _first_is_ordinal(day) else str(day.day)


def long_date(day):
    """The day, month and year: "16 July 2018", "1er décembre 2026". A moment gives its day in
    the site's time zone (Strasbourg's), as the files and the API do, never the day in UTC."""
    if not day:
        return ""
    if isinstance(day, datetime.datetime) and timezone.is_aware(day):
        day = timezone.localtime(day)
    text = formats.date_format(day, "DATE_FORMAT")
    if _first_is_ordinal(day) and text.startswith("1 "):
        return "1er" + text[1:]
    return text


def long_datetime(moment):
    """ "1er décembre 2026, 14:30 CET": in the site's time zone, which it names."""
    if not moment:
        return ""
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    text = formats.date_format(local, "DATETIME_FORMAT")
    if _first_is_ordinal(local) and text.startswith("1 "):
        return "1er" + text[1:]
    return text


def month_year(day):
    """ "July 2018", "juillet 2018"."""
    return formats.date_format(day, "YEAR_MONTH_FORMAT") if day else ""


def date_range(start, end=None):
    """ "16–17 November 2017", "30 November – 1 December 2017", "1er décembre 2026"."""
    if not end or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{day_number(start)}–{long_date(end)}"
    if start.year == end.year:
        return f"{day_number(start)} {formats.date_format(start, 'F')} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"
