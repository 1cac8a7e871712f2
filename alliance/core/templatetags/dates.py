"""`{% load dates %}`: {{ day|long_date }}, {{ moment|long_datetime }}, {{ day|month_year }}."""

from django import template

from alliance.core import dates

register = template.Library()
register.filter("long_date", dates.long_date)
register.filter("long_datetime", dates.long_datetime)
register.filter("month_year", dates.month_year)
