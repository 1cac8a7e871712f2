"""National networks in the back office, with their members edited on the network's own form."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NationalNetwork


class NationalNetworkViewSet(SnippetViewSet):
    model = NationalNetwork
    icon = "globe"
    menu_label = _("National networks")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name_en", "country", "founded_on"]
    list_filter = ["country"]
    search_fields = ["name_en", "name_fr"]
    panels = [
        FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_fr")]),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("country")]),
        FieldRowPanel([FieldPanel("founded_on"), FieldPanel("founded_month_only")]),
        FieldPanel("summary_en"),
        FieldPanel("summary_fr"),
        FieldRowPanel([FieldPanel("status_en"), FieldPanel("status_fr")]),
        InlinePanel(
            "memberships",
            heading=_("Members"),
            label=_("Member"),
            panels=[
                FieldPanel("authority"),
                FieldPanel("founding_member"),
                FieldRowPanel([FieldPanel("joined_on"), FieldPanel("left_on")]),
            ],
        ),
    ]


register_snippet(NationalNetworkViewSet)
