from django.core.management.base import BaseCommand

from alliance.declaration.counters import signatory_count

from ... import sending, sources


class Command(BaseCommand):
    help = (
        "Announce the Declaration's round numbers of signatories, finish any announcement whose sending "
        "was interrupted, and send this week's digest (from Monday)."
    )

    def handle(self, *args, verbosity=1, **options):
        reached = sources.declaration_milestones(signatory_count().signatories)
        finished = sending.send_unsent()
        digests = sending.send_digests()
        if verbosity >= 2 or (verbosity >= 1 and (finished or digests)):
            self.stdout.write(
                f"Subscriptions: milestone {reached or 'none'}; {finished} item email(s) caught up; "
                f"{digests} digest(s) sent."
            )
