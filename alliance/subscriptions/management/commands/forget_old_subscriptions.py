from django.core.management.base import BaseCommand

from ...services import forget_old


class Command(BaseCommand):
    help = "Delete sign-ups never confirmed within a week, and ended subscriptions after a month."

    def handle(self, *args, verbosity=1, **options):
        deleted = forget_old()
        if deleted and verbosity >= 1 or verbosity >= 2:
            self.stdout.write(f"Deleted {deleted} old subscription record(s).")
