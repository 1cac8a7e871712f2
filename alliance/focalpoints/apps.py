from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FocalpointsConfig(AppConfig):
    name = "alliance.focalpoints"
    label = "focalpoints"
    verbose_name = _("Focal points")
