"""The secretariat's screens for events: list, filters, search, history; translation by wagtail-localize."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Event


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "start_date", "city", "organiser", "locale"]
    list_filter = ["organiser", "locale", "country"]
    search_fields = ["title", "city", "organiser_name"]
    ordering = ["-start_date"]


register_snippet(EventViewSet)
