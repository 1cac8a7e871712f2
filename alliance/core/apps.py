from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "alliance.core"
    label = "core"
    verbose_name = "Core"

    def ready(self):
        from . import checks, generations, sign_in  # noqa: F401 - sign_in connects the audit of failed sign-ins
        from .exports import make_back_office_exports_formula_safe
        from .image_renders import bound_image_renders

        checks.register_checks()
        post_migrate.connect(generations.ensure_rows, sender=self, dispatch_uid="core-generation-rows")
        make_back_office_exports_formula_safe()
        bound_image_renders()
