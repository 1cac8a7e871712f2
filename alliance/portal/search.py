"""Site search at /<language>/search/: pages and news, the people who speak in the news,
participants, events, good practices and adopted texts, each in the current language.

Pages and events go through Wagtail's search backend (the database backend: SQLite FTS5 here,
PostgreSQL full text in production), with the query read in every form the Alliance writes its
words (`wordforms`). Participants and speakers are matched on their folded names, so "Sisli"
finds "Şişli" and "Val de Marne" finds "Val-de-Marne".
"""

import logging

from django.db import DatabaseError, transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from alliance.authorities.models import Authority
from alliance.events.models import Event
from alliance.library.models import AdoptedText
from alliance.news.models import Speaker
from alliance.participants.models import Participation
from alliance.practices.models import GoodPractice

from .wordforms import backend_query, plain_queries

logger = logging.getLogger(__name__)
GROUP_LIMIT = 20
MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    groups = []
    if query:
        groups = [
            {"key": "pages", "label": _("Pages and news"), "results": _pages(query, request)},
            {"key": "people", "label": _("People"), "results": _speakers(query, request)},
            {"key": "participants", "label": _("Participants"), "results": _participants(query)},
            {"key": "events", "label": _("Events"), "results": _events(query)},
            {"key": "practices", "label": _("Good practices"), "results": _records(GoodPractice, query)},
            {"key": "texts", "label": _("Adopted texts"), "results": _records(AdoptedText, query)},
        ]
    total = sum(len(group["results"]) for group in groups)
    return render(request, "portal/search.html", {"query": query, "groups": groups, "total": total})


def _searched(queryset, query, title_field):
    """The backend's results for the query in all its forms; if the backend cannot read it, a
    plain match on the title, so that no query ever fails."""
    wanted = backend_query(query)
    if wanted is None:
        return []
    try:
        with transaction.atomic():
            return list(queryset.search(wanted)[:GROUP_LIMIT])
    except DatabaseError:
        logger.warning("full text search could not read %r", query)
        return list(queryset.filter(**{f"{title_field}__icontains": query})[:GROUP_LIMIT])


def _pages(query, request):
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).exclude(depth__lte=1)
    results = []
    for page in _searched(pages, query, "title"):
        specific = page.specific
        summary = (
            getattr(specific, "standfirst", "")
            or specific.search_description
            or getattr(specific, "mission", "")
        )
        date = getattr(specific, "date", None)
        results.append({"title": page.title, "url": page.get_url(request), "summary": summary, "date": date})
    return results


def _speakers(query, request):
    return [
        {"title": speaker.name, "url": url, "summary": speaker.role}
        for speaker in Speaker.objects.search(query)[:GROUP_LIMIT]
        if (url := speaker.page_url(request))
    ]


def _participants(query):
    authorities = (
        Authority.objects.search(query)
        .filter(pk__in=Participation.objects.current().values("authority_id"))
        .select_related("country")
        .order_by("name")[:GROUP_LIMIT]
    )
    return [
        {
            "title": authority.name,
            "url": reverse("participants:profile", kwargs={"slug": authority.slug}),
            "summary": authority.country.name,
        }
        for authority in authorities
    ]


def _events(query):
    events = Event.objects.filter(locale=Locale.get_active()).select_related("country")
    return [
        {"title": event.title, "url": event.get_absolute_url(), "summary": f"{event.when} · {event.where}"}
        for event in _searched(events, query, "title")
    ]


def _records(model, query):
    """Public good practices or adopted texts matching the query in any of its forms."""
    found = {}
    for variant in plain_queries(query):
        for record in model.objects.public().search(variant)[:GROUP_LIMIT]:
            found.setdefault(record.pk, record)
    return [
        {
            "title": getattr(record, "title", None) or str(record),
            "url": record.get_absolute_url(),
            "summary": Truncator(getattr(record, "summary", "") or "").words(40),
        }
        for record in list(found.values())[:GROUP_LIMIT]
    ]
