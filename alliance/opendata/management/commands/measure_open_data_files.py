"""Measure the open-data files whose sizes are missing or old, for the catalogue (a periodic job)."""

from django.core.management.base import BaseCommand

from alliance.opendata import file_sizes
from alliance.opendata.catalogue import DATASETS


class Command(BaseCommand):
    help = "Write the open-data files whose sizes are unknown or six hours old, and keep their sizes."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Measure every dataset, fresh or not.")

    def handle(self, *args, verbosity=1, **options):
        tables = DATASETS if options["all"] else file_sizes.stale(DATASETS)
        files = 0
        for table in tables:
            files += len(file_sizes.measure(table))
        if tables and verbosity >= 1:
            self.stdout.write(f"Measured {files} open-data files of {len(tables)} datasets.")
