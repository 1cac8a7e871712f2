from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionPlansConfig(AppConfig):
    name = "alliance.actionplans"
    label = "actionplans"
    verbose_name = _("Action plans")

    def ready(self):
        from alliance.focalpoints import members_area
        from alliance.participants import profile_sections

        from . import sections

        profile_sections.register(sections.profile_section)
        members_area.register(sections.members_section)
