"""Dosta! prize editions in the back office, with their winners on the edition's own form."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PrizeEdition


class PrizeEditionViewSet(SnippetViewSet):
    model = PrizeEdition
    icon = "pick"
    menu_label = _("Dosta! prize")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["year", "awarded_on"]
    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("awarded_on")]),
        FieldPanel("summary_en"),
        FieldPanel("summary_fr"),
        InlinePanel(
            "winners",
            heading=_("Winners"),
            label=_("Winner"),
            panels=[
                FieldRowPanel([FieldPanel("authority"), FieldPanel("rank")]),
                FieldPanel("citation_en"),
                FieldPanel("citation_fr"),
            ],
        ),
    ]


register_snippet(PrizeEditionViewSet)
