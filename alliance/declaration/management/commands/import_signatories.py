from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alliance.declaration.importing import ImportFileError, import_signatories, read_table


class Command(BaseCommand):
    help = (
        "Import the historical list of signatories from CSV or XLSX (columns No., Country, "
        "Municipality/Region). A dry run by default: --commit writes."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--commit", action="store_true", help="Write the rows (otherwise only report).")

    def handle(self, *args, path, commit, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            table = read_table(file.name, file.read_bytes())
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        report = import_signatories(table, commit=commit)
        for row in report.rows:
            line = f"line {row.line}: {row.outcome:9} {row.country} / {row.authority}"
            if row.reason:
                line += f" — {row.reason}"
            self.stdout.write(line)
        summary = report.summary
        self.stdout.write(
            f"{summary['created']} created, {summary['unchanged']} unchanged, {summary['rejected']} rejected"
            + ("" if commit else " (dry run: nothing written; add --commit to write)")
        )
