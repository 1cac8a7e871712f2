"""Erases the applications, proposals and contact messages past their retention period."""

from django.core.management.base import BaseCommand

from alliance.applications import services


class Command(BaseCommand):
    help = (
        "Erase applications and cooperation proposals never confirmed or decided long ago, and old "
        "contact messages (settings.PERSONAL_DATA_RETENTION_DAYS), with their files and emails."
    )

    def handle(self, *args, verbosity=1, **options):
        erased = services.erase_expired()
        if not erased and verbosity < 1:
            return  # The periodic loop runs this every minute: silence when nothing was erased.
        self.stdout.write(f"{erased} submission(s) past their retention period erased.")
