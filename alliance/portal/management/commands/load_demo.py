"""Builds the bilingual demo site from the Alliance's public facts. Safe to run again.

Each domain keeps its own demo data in `alliance/<domain>/demo.py` with a `load(command)`
function; they run in the order of the data flow, so the registry exists before what uses it.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from alliance.actionplans import demo as actionplans
from alliance.applications import demo as applications
from alliance.authorities import demo as authorities
from alliance.declaration import demo as declaration
from alliance.events import demo as events
from alliance.focalpoints import demo as focalpoints
from alliance.library import demo as library
from alliance.networks import demo as networks
from alliance.news import demo as news
from alliance.participants import demo as participants
from alliance.practices import demo as practices
from alliance.prizes import demo as prizes
from alliance.programmes import demo as programmes
from alliance.site import demo as site

# The site's shell first (home pages, settings), then each domain after what it builds on.
DEMOS = [
    ("site", site),
    ("authorities", authorities),
    ("participants", participants),
    ("focalpoints", focalpoints),
    ("applications", applications),
    ("declaration", declaration),
    ("programmes", programmes),
    ("networks", networks),
    ("events", events),
    ("news", news),
    ("practices", practices),
    ("library", library),
    ("prizes", prizes),
    ("action plans", actionplans),
]


class Command(BaseCommand):
    help = "Create or update the demo site (idempotent)."

    def handle(self, *args, **options):
        for label, demo in DEMOS:
            with transaction.atomic():
                summary = demo.load(self)
            if summary and options["verbosity"] >= 1:
                self.stdout.write(f"{label}: {summary}")
