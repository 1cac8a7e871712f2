from django.core.management.base import BaseCommand

from alliance.actionplans.schedule import send_reminders


class Command(BaseCommand):
    help = "Remind focal points of progress reports due soon or late (each reminder once)."

    def handle(self, *args, verbosity=1, **options):
        sent = send_reminders()
        if sent or verbosity >= 2:
            self.stdout.write(f"remind_progress_reports: {sent} reminder(s) queued.")
