from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "alliance.core"
    label = "core"
    verbose_name = "Core"
