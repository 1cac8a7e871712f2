from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_news_actions(actions):
    actions.register_action("news.draft_prepared", _("Draft news prepared"), _("Draft news prepared"))
