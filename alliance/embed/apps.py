from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbedConfig(AppConfig):
    name = "alliance.embed"
    label = "embed"
    verbose_name = _("Counter for other sites")
