from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "alliance.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from alliance.site import home

        from .home import latest_and_next

        home.register(latest_and_next)
