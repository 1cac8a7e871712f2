"""The registry in the back office: the secretariat lists, filters, creates and edits authorities
and countries. Wagtail's ModelViewSet writes every creation and edit to the audit log, shown on
each object's history page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet
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


class AuthoritySearchForm(BaseFilterForm):
    q = forms.CharField(label=_("Search by name"), required=False)

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        self.is_searching = bool(query)
        self.search_query = query
        return objects.search(query).select_related("country") if query else objects


class AuthorityChooseView(ChooseView):
    filter_form_class = AuthoritySearchForm


class AuthorityChooseResultsView(ChooseResultsView):
    filter_form_class = AuthoritySearchForm


class AuthorityChooserViewSet(ChooserViewSet):
    """A searchable chooser, so a form linking to one of 100,000 authorities needs no huge select."""

    model = Authority
    choose_view_class = AuthorityChooseView
    choose_results_view_class = AuthorityChooseResultsView
    icon = "site"
    choose_one_text = _("Choose an authority")
    choose_another_text = _("Choose another authority")
    edit_item_text = _("Edit this authority")
    per_page = 20


authority_chooser_viewset = AuthorityChooserViewSet("authority_chooser")


@hooks.register("register_admin_viewset")
def register_authority_chooser():
    return authority_chooser_viewset
