from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "alliance.applications"
    label = "applications"
    verbose_name = _("Applications")

    def ready(self):
        from alliance.site import privacy as privacy_notice

        from . import privacy

        privacy_notice.register(privacy.retention)
