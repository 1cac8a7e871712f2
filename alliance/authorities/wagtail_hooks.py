"""The registry in the back office: the secretariat lists, filters, creates and edits authorities
and countries. Wagtail's ModelViewSet writes every creation and edit to the audit log, shown on
each object's history page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Authority, Country


class AuthorityViewSet(ModelViewSet):
    model = Authority
    icon = "site"
    menu_label = _("Authorities")
    add_to_admin_menu = False
    list_display = ["name", "local_name", "country", "level", "kind", "updated_at"]
    list_filter = ["country", "level", "kind"]
    list_export = ["name", "local_name", "country", "level", "kind", "subdivision_code", "population"]
    # name_folded lets "korce" find "Korçë" in the back office as on the public directory.
    search_fields = ["name", "local_name", "name_folded"]
    form_fields = [
        "name",
        "local_name",
        "slug",
        "country",
        "level",
        "kind",
        "subdivision_code",
        "population",
        "latitude",
        "longitude",
        "website",
    ]
    copy_view_enabled = False
    inspect_view_enabled = True


class CountryViewSet(ModelViewSet):
    model = Country
    icon = "globe"
    menu_label = _("Countries")
    add_to_admin_menu = False
    list_display = ["name_en", "name_fr", "code", "coe_member"]
    list_filter = ["coe_member"]
    search_fields = ["name_en", "name_fr", "code"]
    form_fields = ["code", "name_en", "name_fr", "coe_member"]
    copy_view_enabled = False


class RegistryGroup(ModelViewSetGroup):
    menu_label = _("Registry")
    menu_icon = "site"
    menu_order = 250
    items = (AuthorityViewSet("authorities"), CountryViewSet("countries"))


@hooks.register("register_admin_viewset")
def register_registry():
    return RegistryGroup()
