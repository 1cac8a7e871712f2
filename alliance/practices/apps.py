from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from alliance.core import roles


class PracticesConfig(AppConfig):
    name = "alliance.practices"
    label = "practices"
    verbose_name = _("Good practices")

    def ready(self):
        from alliance.focalpoints import members_area
        from alliance.participants import profile_sections

        from . import sections

        profile_sections.register(sections.profile_section)
        members_area.register(sections.members_section)
        # The Moderators group reviews good practices; editors and focal points do not.
        roles.grant_after_migrate(
            self,
            roles.MODERATORS,
            [
                "add_goodpractice",
                "change_goodpractice",
                "view_goodpractice",
                "delete_goodpractice",
                "moderate_goodpractice",
            ],
        )
