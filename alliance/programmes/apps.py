from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "alliance.programmes"
    label = "programmes"
    verbose_name = _("Programmes")

    def ready(self):
        from alliance.site import home as site_home

        from . import profile
        from .home import programmes

        profile.register()
        site_home.register(programmes)
