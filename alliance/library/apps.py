from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from alliance.core import roles


class LibraryConfig(AppConfig):
    name = "alliance.library"
    label = "library"
    verbose_name = _("Adopted texts")

    def ready(self):
        # The Editors group keeps the adopted texts; moderators do not.
        roles.grant_after_migrate(self, roles.EDITORS)
