"""manage.py import_authorities PATH [--commit]: the secretariat's spreadsheet into the registry.

A dry run by default: every row is reported as it would be created, updated, left unchanged or
rejected (and why), and nothing is written. With --commit the accepted rows are written in one
transaction; rejected rows are reported and skipped.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alliance.participants import importing


class Command(BaseCommand):
    help = "Import authorities (and accessions) from a CSV or XLSX file; a dry run unless --commit."

    def add_arguments(self, parser):
        parser.add_argument("path", help="a .csv (UTF-8, comma or semicolon) or .xlsx file")
        parser.add_argument("--commit", action="store_true", help="write the accepted rows")

    def handle(self, *args, path, commit, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            rows = importing.read_rows(file.read_bytes(), file.name)
        except importing.ImportFileError as error:
            raise CommandError(str(error)) from error
        report = importing.run(rows, commit=commit)
        styles = {
            "created": self.style.SUCCESS,
            "updated": self.style.WARNING,
            "unchanged": str,
            "rejected": self.style.ERROR,
        }
        for row in report.rows:
            label = f"line {row.line}: {row.status} {row.name or '?'} ({row.country or '?'})"
            details = f" - {' '.join(row.messages)}" if row.messages else ""
            self.stdout.write(styles[row.status](label) + details)
        counts = ", ".join(f"{number} {status}" for status, number in report.summary.items())
        if commit:
            self.stdout.write(f"Written in one transaction: {counts}.")
        else:
            self.stdout.write(f"Dry run, nothing written: {counts}. Run again with --commit to write.")
