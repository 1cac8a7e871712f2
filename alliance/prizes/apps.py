from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrizesConfig(AppConfig):
    name = "alliance.prizes"
    label = "prizes"
    verbose_name = _("Dosta! prize")

    def ready(self):
        from . import profile

        profile.register()
