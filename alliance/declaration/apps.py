from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeclarationConfig(AppConfig):
    name = "alliance.declaration"
    label = "declaration"
    verbose_name = _("Declaration")

    def ready(self):
        from alliance.core import metrics
        from alliance.participants import profile_sections
        from alliance.site import home as site_home
        from alliance.site import privacy as privacy_notice

        from . import home, privacy, profile
        from .models import Signature

        profile_sections.register(profile.signature_section)
        privacy_notice.register(privacy.retention)
        site_home.register(home.declaration)
        metrics.register_counter(
            "alliance_declaration_signatures",
            "Signatures of the Declaration received; rate() of it is signatures per second.",
            lambda: Signature.objects.count(),
        )
