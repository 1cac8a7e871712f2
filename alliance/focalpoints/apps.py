from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from alliance.core import roles


class FocalpointsConfig(AppConfig):
    name = "alliance.focalpoints"
    label = "focalpoints"
    verbose_name = _("Focal points")

    def ready(self):
        from . import members_area, programme_steps

        members_area.register(programme_steps.members_section)
        # The Moderators group invites and manages focal points (editors do not).
        roles.grant_after_migrate(
            self,
            roles.MODERATORS,
            ["add_focalpoint", "change_focalpoint", "view_focalpoint", "delete_focalpoint"],
        )
