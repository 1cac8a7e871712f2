from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "alliance.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        from alliance.participants.profile_sections import register
        from alliance.site import home

        from .home import latest_news
        from .profile import news_section

        register(news_section)
        home.register(latest_news)
