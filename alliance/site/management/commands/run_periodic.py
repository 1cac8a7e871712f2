"""Runs the platform's periodic jobs in one long-lived process, beside the task worker.

Each job is a management command run in process every `--interval` seconds: publishing pages
whose scheduled time has come, re-queueing emails whose sending is overdue, erasing IP addresses
and submissions past their retention, deleting old sent emails, forgetting rate-limit windows that
are over, measuring the open-data files for the catalogue, sending subscribers' emails. A job that
fails is logged and retried at the next round; the loop goes on.

Each round starts with a heartbeat (a database row /healthz reads). While the database is down the
round cannot start: the loop says so once, waits a little longer each time and starts the round as
soon as the database answers, so an outage of any length ends the round's wait, not the process.

A job prints only when it did something (it runs with --verbosity 0), so the console `make run`
shares with the emails it prints stays readable. `-v 2` shows every job's report, even "nothing".
"""

import logging
import time

from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from alliance.core.processes import DATABASE_DOWN, PERIODIC_LOOP, beat, drop_connections, keep_alive

logger = logging.getLogger(__name__)

JOBS = [
    "publish_scheduled",
    "send_pending_emails",
    "erase_signature_ips",
    "erase_expired_submissions",
    "forget_sent_emails",
    "forget_past_attempts",
    "forget_spent_form_tokens",
    "remind_progress_reports",
    "send_subscription_emails",
    "forget_old_subscriptions",
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

        def round_of_jobs():
            if not once:
                close_old_connections()  # a long-lived loop must not keep a broken connection
            beat(PERIODIC_LOOP)  # raises while the database is down: keep_alive waits and retries
            for job in jobs:
                try:
                    call_command(job, verbosity=max(verbosity - 1, 0), stdout=self.stdout, stderr=self.stderr)
                except DATABASE_DOWN:
                    logger.warning("periodic job %s: the database went away; it runs again next round", job)
                    drop_connections()
                except Exception:  # noqa: BLE001 - one failing job must not stop the others
                    logger.exception("periodic job %s failed; it runs again next round", job)
            if once:
                if verbosity >= 1:
                    self.stdout.write(f"Ran {len(jobs)} periodic job(s): {', '.join(jobs)}.")
                return False
            time.sleep(interval)
            return True

        keep_alive("periodic loop", round_of_jobs, log=logger)
