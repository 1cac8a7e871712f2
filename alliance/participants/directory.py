"""Who the directory lists for a given search: the one query behind the pages and the exports,
so a download always holds the same participants as the page it came from."""

from django.core.paginator import Paginator
from django.utils import timezone

from alliance.authorities.models import Authority
from alliance.core.folding import fold
from alliance.core.languages import in_french

from . import profile_sections
from .forms import SORTS
from .models import Participation


def find(filters, day=None):
    """Participations in force today, or on `day`, matching `filters` (cleaned values of
    DirectoryForm)."""
    participations = Participation.objects.on(day or timezone.localdate()).select_related(
        "authority", "authority__country"
    )
    if query := fold(filters.get("q")):
        # The participation's own copy of the name: a search over a registry of 100,000
        # authorities reads only its few thousand participants.
        participations = participations.filter(name_folded__contains=query)
    if country := filters.get("country"):
        participations = participations.filter(country__code=country)
    if level := filters.get("level"):
        participations = participations.filter(level=level)
    if year := filters.get("year"):
        participations = participations.filter(joined_on__year=year)
    for extra in profile_sections.directory_filters():
        if value := filters.get(extra["name"]):
            participations = participations.filter(
                authority__in=extra["apply"](Authority.objects.all(), value)
            )
    name_field = "name_fr" if in_french() else "name_en"
    ordering = SORTS[filters.get("sort") or "name"][1]
    return participations.order_by(*[field.format(name=name_field) for field in ordering])


def page(participations, number, per_page):
    """One page of results in two narrow queries plus the count, whatever the page size.

    Sorting only the keys and then fetching the page's rows keeps SQLite's sort small: with
    thousands of participants, sorting whole joined rows costs several times more.
    """
    paginator = Paginator(participations.values_list("pk", flat=True), per_page)
    current = paginator.get_page(number)
    ids = list(current.object_list)
    rows = Participation.objects.select_related("authority", "authority__country").in_bulk(ids)
    current.object_list = [rows[pk] for pk in ids]
    return current
