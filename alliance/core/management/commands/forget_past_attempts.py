"""Deletes the rate-limit windows that are over, and the wrong passwords of a pair of account and
address a day after the last one (the periodic loop runs it every round)."""

from django.core.management.base import BaseCommand

from alliance.core import attempts, sign_in


class Command(BaseCommand):
    help = "Delete the rate-limit attempt counts whose window is over."

    def handle(self, *args, **options):
        deleted = attempts.forget_past()
        sign_in.forget_past_failures()
        if options["verbosity"] > 0:
            self.stdout.write(f"{deleted} past attempt window(s) forgotten.")
