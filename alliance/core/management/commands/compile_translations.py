"""Compiles every .po file of the project into its .mo file, without needing GNU gettext.

`make run` uses it so that a fresh machine needs no system package; CI also runs Django's
`compilemessages`, which uses msgfmt, and checks that nothing is missing or fuzzy.
"""

import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's translations (.po to .mo) when they changed."

    def handle(self, *args, **options):
        compiled = 0
        for po_path in sorted(Path(settings.BASE_DIR, "alliance").glob("**/locale/*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            # Written aside, then moved into place: a test process reading the catalogue meanwhile
            # sees the old file or the new one, never half of one.
            partial = mo_path.with_name(f".{mo_path.name}.{os.getpid()}")
            polib.pofile(str(po_path)).save_as_mofile(str(partial))
            os.replace(partial, mo_path)
            compiled += 1
        self.stdout.write(f"Compiled {compiled} translation file(s).")
