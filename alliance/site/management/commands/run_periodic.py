"""Runs the platform's periodic jobs in one long-lived process, beside the task worker.

Each job is a management command run in process every `--interval` seconds: publishing pages
whose scheduled time has come, re-queueing emails whose sending is overdue, erasing IP addresses
past their retention, forgetting rate-limit windows that are over, measuring the open-data files
for the catalogue. A job that fails is logged and
retried at the next round; the loop goes on.

A job prints only when it did something (it runs with --verbosity 0), so the console `make run`
shares with the emails it prints stays readable. `-v 2` shows every job's report, even "nothing".
"""

import logging
import time

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)

JOBS = [
    "publish_scheduled",
    "send_pending_emails",
    "erase_signature_ips",
    "forget_past_attempts",
    "forget_spent_form_tokens",
    "remind_progress_reports",
    "measure_open_data_files",
]


class Command(BaseCommand):
    help = "Run the periodic jobs (scheduled publishing, overdue emails, data retention) in a loop."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60, help="Seconds between rounds.")
        parser.add_argument("--once", action="store_true", help="Run one round and stop.")

    def handle(self, *args, interval, once, verbosity=1, **options):
        available = get_commands()
        jobs = [job for job in JOBS if job in available]
        while True:
            for job in jobs:
                if not once:
                    close_old_connections()  # a long-lived loop must not keep a broken connection
                try:
                    call_command(job, verbosity=max(verbosity - 1, 0), stdout=self.stdout, stderr=self.stderr)
                except Exception:  # noqa: BLE001 - one failing job must not stop the others
                    logger.exception("periodic job %s failed; it runs again next round", job)
            if once:
                if verbosity >= 1:
                    self.stdout.write(f"Ran {len(jobs)} periodic job(s): {', '.join(jobs)}.")
                return
            time.sleep(interval)
