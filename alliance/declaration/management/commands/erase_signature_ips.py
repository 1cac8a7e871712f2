from django.core.management.base import BaseCommand

from alliance.declaration import services, switches


class Command(BaseCommand):
    help = (
        "Erase the IP addresses of verified signatures older than the retention period "
        "(Declaration settings). Run daily, e.g. from cron: 17 3 * * * manage.py erase_signature_ips"
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override the retention period set in the back office.")

    def handle(self, *args, days=None, verbosity=1, **options):
        days = days if days is not None else switches.current()["ip_retention_days"]
        erased = services.erase_ips(days)
        if not erased and verbosity < 1:
            return  # The periodic loop runs this every minute: silence when nothing was erased.
        self.stdout.write(f"IP addresses erased from {erased} verified signatures older than {days} days")
