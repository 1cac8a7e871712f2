"""`make backup`: one consistent, checksummed archive of the database, the media and the private
storage, written into BACKUP_DIR while the site runs (see alliance.core.backups)."""

import time

from django.core.management.base import BaseCommand, CommandError

from alliance.core.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "Write a backup archive (database, media, private storage) into BACKUP_DIR."

    def add_arguments(self, parser):
        parser.add_argument("--dir", help="Write the archive here instead of BACKUP_DIR.")

    def handle(self, *args, dir=None, **options):
        started = time.monotonic()
        try:
            path = create_backup(dir)
        except BackupError as error:
            raise CommandError(str(error)) from error
        size = path.stat().st_size / 1024 / 1024
        self.stdout.write(f"Backup written: {path} ({size:.1f} MB, {time.monotonic() - started:.1f} s)")
        self.stdout.write(f"Its checksum: {path}.sha256. Restore it with: make restore FILE={path}")
