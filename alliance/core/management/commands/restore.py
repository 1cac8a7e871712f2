"""`make restore FILE=...`: checks the whole archive, then restores the database, the media and
the private storage it holds, and compares the restored rows with the archive's counts. Stop the
site's processes first; on a fresh clone nothing else is needed."""

import time

from django.core.management.base import BaseCommand, CommandError

from alliance.core.backups import BackupError, restore, verify


class Command(BaseCommand):
    help = "Restore a backup archive written by `manage.py backup` (refused if damaged)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The archive (alliance-backup-*.tar.gz).")
        parser.add_argument("--check", action="store_true", help="Only check the archive; change nothing.")

    def handle(self, *args, file, check, **options):
        started = time.monotonic()
        try:
            if check:
                manifest = verify(file)
                self.stdout.write(
                    f"{file}: intact ({len(manifest['files'])} members, "
                    f"{sum(manifest['row_counts'].values())} rows in {len(manifest['row_counts'])} tables)."
                )
                return
            report = restore(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {report['rows']} rows in {report['tables']} tables and {report['files']} files "
            f"from {file} in {time.monotonic() - started:.1f} s; every checksum and row count matches."
        )
