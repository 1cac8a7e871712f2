from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "alliance.networks"
    label = "networks"
    verbose_name = _("National networks")

    def ready(self):
        from . import profile

        profile.register()
