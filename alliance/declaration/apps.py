from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeclarationConfig(AppConfig):
    name = "alliance.declaration"
    label = "declaration"
    verbose_name = _("Declaration")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from alliance.participants import profile_sections

        from . import counts, profile, switches
        from .models import DeclarationSettings, Signature

        post_save.connect(switches.forget, sender=DeclarationSettings, dispatch_uid="declaration-settings")
        post_delete.connect(
            lambda **kwargs: counts.refresh_on_commit(),
            sender=Signature,
            dispatch_uid="declaration-delete",
            weak=False,
        )
        profile_sections.register(profile.signature_section)
