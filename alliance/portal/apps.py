from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The portal: the one public site that gathers every domain. It comes last in the data flow,
    so it may import every app: the navigation and the figures every page's layout shows, the site
    search, the demo site (`load_demo`) and the volume data (`create_volume`)."""

    name = "alliance.portal"
    label = "portal"
    verbose_name = _("Portal")
