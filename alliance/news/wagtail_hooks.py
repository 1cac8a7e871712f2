from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Speaker


@hooks.register("register_log_actions")
def register_news_actions(actions):
    actions.register_action("news.draft_prepared", _("Draft news prepared"), _("Draft news prepared"))


class SpeakerViewSet(SnippetViewSet):
    """The people who give statements; each statement (a news article of that kind) names one."""

    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    add_to_admin_menu = True
    menu_order = 205
    list_display = ["name", "role_en"]
    search_fields = ["name", "name_folded", "role_en", "role_fr"]
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("role_en"),
        FieldPanel("role_fr"),
    ]


register_snippet(SpeakerViewSet)
