"""Deletes the rate-limit windows that are over (the periodic loop runs it every round)."""

from django.core.management.base import BaseCommand

from alliance.core import attempts


class Command(BaseCommand):
    help = "Delete the rate-limit attempt counts whose window is over."

    def handle(self, *args, **options):
        deleted = attempts.forget_past()
        if options["verbosity"] > 0:
            self.stdout.write(f"{deleted} past attempt window(s) forgotten.")
