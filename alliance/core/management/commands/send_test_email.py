"""Queues a test message, to check the whole mail path (queue, worker, SMTP) of an installation."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from alliance.core.mail import queue_email


class Command(BaseCommand):
    help = "Queue a test email to ADDRESS; the task worker (or send_pending_emails) sends it."

    def add_arguments(self, parser):
        parser.add_argument("address")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="en or fr")
        parser.add_argument("--note", default="", help="A line of text added to the message.")

    def handle(self, *args, **options):
        with transaction.atomic():
            email = queue_email(
                options["address"],
                "core/emails/test-message",
                {"address": options["address"], "note": options["note"]},
                options["language"],
            )
        self.stdout.write(f"Queued email {email.pk} to {email.to_display} ({email.language}).")
