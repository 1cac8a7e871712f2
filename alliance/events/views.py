from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext as _

from . import datasets
from .calendar import calendar_for
from .models import Event

PAST_PER_PAGE = 20


def _events():
    return Event.objects.in_current_language().select_related("country")


def index(request):
    past = Paginator(_events().past(), PAST_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "events/index.html",
        {"upcoming": list(_events().upcoming()), "past": past, "dataset": datasets.EVENTS},
    )


def detail(request, slug):
    event = get_object_or_404(_events(), slug=slug)
    return render(request, "events/detail.html", {"event": event, "language_versions": _versions(event)})


def _versions(event):
    """{language code: path} of the event in each language it is written in (slugs may differ)."""
    versions = {}
    for version in event.get_translations(inclusive=True).select_related("locale"):
        with translation.override(version.locale.language_code):
            versions[version.locale.language_code] = version.get_absolute_url()
    return versions


def feed(request):
    events = _events().order_by("start_date")
    return _ics(calendar_for(events, request, _("Events of the Alliance")), "events.ics")


def event_ics(request, slug):
    event = get_object_or_404(_events(), slug=slug)
    return _ics(calendar_for([event], request, event.title), f"{event.slug}.ics")


def _ics(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
