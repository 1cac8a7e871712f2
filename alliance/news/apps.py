from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "alliance.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        from alliance.participants.profile_sections import register

        from .profile import news_section

        register(news_section)
