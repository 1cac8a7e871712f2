"""Deletes the emails sent (or given up) longer ago than their retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from alliance.core import erasure


class Command(BaseCommand):
    help = "Delete the outbox's emails sent or given up more than SENT_EMAIL_RETENTION_DAYS days ago."

    def handle(self, *args, verbosity=1, **options):
        deleted = erasure.forget_sent_emails(settings.SENT_EMAIL_RETENTION_DAYS)
        if not deleted and verbosity < 1:
            return
        self.stdout.write(f"{deleted} sent email(s) past their retention period deleted.")
