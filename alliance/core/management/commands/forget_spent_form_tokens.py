"""Deletes the keys of public forms' one-time tokens once they are too old to be sent anyway."""

from django.core.management.base import BaseCommand

from alliance.core.once import forget_spent_tokens


class Command(BaseCommand):
    help = "Delete the one-time tokens of forms older than a form may stay open."

    def handle(self, *args, **options):
        deleted = forget_spent_tokens()
        if options["verbosity"] > 0:
            self.stdout.write(f"Deleted {deleted} spent form token(s).")
