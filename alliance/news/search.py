"""Site search at /<language>/search/: pages (news included), participants, events, and the
records of later domains (good practices, adopted texts) once they exist.

Pages and events go through Wagtail's search backend (the database backend: SQLite FTS5 here,
PostgreSQL full text in production). Participants are matched on their folded names, so
"Sisli" finds "Şişli". Each group is searched in the current language only.
"""

import logging
from importlib import import_module

from django.apps import apps
from django.db import DatabaseError, transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from alliance.core.folding import fold

logger = logging.getLogger(__name__)
GROUP_LIMIT = 20
MAX_QUERY_LENGTH = 200

# Later domains searched when installed, each either through `alliance.<app>.search.search_results(
# query, request)` (a list of {"title", "url", "summary"}) or, lacking it, through its public records.
OPTIONAL_DOMAINS = [("practices", _("Good practices")), ("library", _("Adopted texts"))]


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    groups = []
    if query:
        groups = [
            {"key": "pages", "label": _("Pages and news"), "results": _pages(query, request)},
            {"key": "participants", "label": _("Participants"), "results": _participants(query)},
            {"key": "events", "label": _("Events"), "results": _events(query)},
        ]
        for app_label, label in OPTIONAL_DOMAINS:
            results = _optional_domain(app_label, query, request)
            if results is not None:
                groups.append({"key": app_label, "label": label, "results": results})
    total = sum(len(group["results"]) for group in groups)
    return render(request, "news/search.html", {"query": query, "groups": groups, "total": total})


def _variants(query):
    """The query as typed and folded: PostgreSQL keeps accents, folded copies are indexed too."""
    folded = fold(query)
    return [query] if folded == query.casefold() else [query, folded]


def _pages(query, request):
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).exclude(depth__lte=1)
    found = {}
    for variant in _variants(query):
        for page in _searched(pages, variant, "title"):
            found.setdefault(page.pk, page)
    results = []
    for page in list(found.values())[:GROUP_LIMIT]:
        specific = page.specific
        date = getattr(specific, "date", None)
        summary = (
            getattr(specific, "standfirst", "")
            or specific.search_description
            or getattr(specific, "mission", "")
        )
        results.append({"title": page.title, "url": page.get_url(request), "summary": summary, "date": date})
    return results


def _searched(queryset, query, title_field):
    """The backend's results; if it cannot read the query (an unbalanced quote for SQLite's
    full text syntax), a plain match on the title, so that no query ever fails."""
    try:
        with transaction.atomic():
            return list(queryset.search(query)[:GROUP_LIMIT])
    except DatabaseError:
        logger.warning("full text search could not read %r", query)
        return list(queryset.filter(**{f"{title_field}__icontains": query})[:GROUP_LIMIT])


def _participants(query):
    from alliance.authorities.models import Authority
    from alliance.participants.models import Participation

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
    from alliance.events.models import Event

    found = {}
    events = Event.objects.filter(locale=Locale.get_active())
    for variant in _variants(query):
        for event in _searched(events.select_related("country"), variant, "title"):
            found.setdefault(event.pk, event)
    return [
        {"title": event.title, "url": event.get_absolute_url(), "summary": f"{event.when} · {event.where}"}
        for event in found.values()
    ]


def _optional_domain(app_label, query, request):
    """Results from a later domain, or None when it is not there; never an error for the visitor."""
    if not apps.is_installed(f"alliance.{app_label}"):
        return None
    try:
        try:
            module = import_module(f"alliance.{app_label}.search")
        except ModuleNotFoundError as error:
            if error.name != f"alliance.{app_label}.search":
                raise
            module = None
        if module is not None and hasattr(module, "search_results"):
            return list(module.search_results(query, request))[:GROUP_LIMIT]
        return _public_records(app_label, query)
    except Exception:  # noqa: BLE001 - another domain's failure must not break the search page
        logger.exception("search in %s failed", app_label)
        return None


def _public_records(app_label, query):
    """A domain's public records matching the query, through its queryset's own `search()` (the
    folded search of practices and texts, or Wagtail's); None when it has nothing searchable."""
    results = None
    for model in apps.get_app_config(app_label).get_models():
        records = model.objects.all()
        if not (
            hasattr(model, "get_absolute_url") and hasattr(records, "public") and hasattr(records, "search")
        ):
            continue
        results = results or []
        with transaction.atomic():
            found = list(records.public().search(query)[:GROUP_LIMIT])
        for record in found:
            results.append(
                {
                    "title": getattr(record, "title", None) or str(record),
                    "url": record.get_absolute_url(),
                    "summary": Truncator(getattr(record, "summary", "") or "").words(40),
                }
            )
    return results[:GROUP_LIMIT] if results is not None else None
