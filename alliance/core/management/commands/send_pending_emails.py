"""Catches up on outgoing email: everything queued and due is sent now (or handed to the worker).

Run it every few minutes from cron beside `manage.py run_tasks`; it is what makes a lost enqueue
harmless. See alliance.core.mail for the whole approach.

With --verbosity 0 (as the periodic loop runs it) it prints only when there was something to send.
"""

from django.core.management.base import BaseCommand

from alliance.core.mail import send_due_emails


class Command(BaseCommand):
    help = "Send every queued email whose next attempt is due (retries included)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand due emails to the task worker instead of sending here.",
        )
        parser.add_argument(
            "--grace",
            type=int,
            default=0,
            help="Only emails due at least this many seconds ago (leave the worker its turn first).",
        )
        parser.add_argument(
            "--retry-failed", action="store_true", help="Put emails that were given up on back in the queue."
        )

    def handle(self, *args, **options):
        counts = send_due_emails(
            grace_seconds=options["grace"],
            use_worker=options["enqueue"],
            retry_failed=options["retry_failed"],
        )
        total = sum(counts.values())
        if not total and options["verbosity"] < 1:
            return
        details = ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
        self.stdout.write(f"{total} due email(s){': ' + details if details else ''}.")
