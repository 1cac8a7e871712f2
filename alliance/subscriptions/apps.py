from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    name = "alliance.subscriptions"
    label = "subscriptions"
    verbose_name = _("Subscriptions")

    def ready(self):
        from . import privacy, signals  # noqa: F401 - they register themselves
