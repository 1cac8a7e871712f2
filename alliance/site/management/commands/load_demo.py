"""Builds the bilingual demo site from the Alliance's public facts. Safe to run again.

Each domain keeps its own demo data in `alliance/<domain>/demo.py` with a `load(command)`
function; they run in the order of INSTALLED_APPS, so the registry exists before what uses it.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create or update the demo site (idempotent)."

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            if not config.name.startswith("alliance."):
                continue
            try:
                demo = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            with transaction.atomic():
                summary = demo.load(self)
            if summary and options["verbosity"] >= 1:
                self.stdout.write(f"{config.label}: {summary}")
