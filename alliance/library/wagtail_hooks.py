"""The secretariat's screen for adopted texts (kept by editors and administrators)."""

from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import AdoptedText


class AdoptedTextViewSet(ModelViewSet):
    model = AdoptedText
    icon = "doc-full"
    menu_label = gettext_lazy("Adopted texts")
    menu_order = 280
    add_to_admin_menu = True
    url_prefix = "library/adoptedtext"
    name = "library_admin"
    list_display = ["title_en", "text_type", "number", "adopted_on", "live"]
    list_filter = ["text_type", "live"]
    search_fields = ["title_en", "title_fr", "number"]


@hooks.register("register_admin_viewset")
def register_adopted_texts():
    return AdoptedTextViewSet()
