"""What every spreadsheet import command shares: a dry run unless --commit, progress on a long
file, a summary in numbers at the end, and the report on every row with --rows.

A commit writes in short batches (`core.spreadsheets.in_batches`), so that the site keeps serving
while a long file is written; a failure midway names the last line written, and running the same
command again finishes the import.

A command names its `noun` ("authorities") and defines `read(content, filename)` (the file's
`Record`s, or SpreadsheetError) and `run(records, commit, progress)` (an `ImportReport`).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from alliance.core.spreadsheets import BATCH_ROWS, ImportStopped, SpreadsheetError

# Progress is shown every tenth of the file, and not at all for a file shorter than this.
PROGRESS_FROM_ROWS = 200
REJECTED_LINES_SHOWN = 200  # characters of the list of rejected lines in the summary


class SpreadsheetImportCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("path", help="a .csv (UTF-8 or Windows-1252, comma or semicolon) or .xlsx file")
        parser.add_argument("--commit", action="store_true", help="write the accepted rows")
        parser.add_argument(
            "--rows", action="store_true", help="report on every row (line, result, name, country, why)"
        )

    def read(self, content, filename):
        raise NotImplementedError

    def run(self, records, commit, progress):
        raise NotImplementedError

    def handle(self, *args, path, commit, rows, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            records = self.read(file.read_bytes(), file.name)
        except SpreadsheetError as error:
            raise CommandError(str(error)) from error
        verbosity = options["verbosity"]
        if verbosity >= 1:
            self.stdout.write(f"{len(records):,} rows to check in {file.name}.")
        try:
            report = self.run(records, commit, self.progress if verbosity >= 1 else None)
        except ImportStopped as stopped:
            if not commit or not stopped.written_through:
                raise CommandError(f"Stopped by an error, nothing written: {stopped.error}") from stopped
            raise CommandError(
                f"Stopped by an error: {stopped.error}. The rows up to line {stopped.written_through} are "
                "written; run the same command again to write the rest (rows already written are then "
                "reported unchanged)."
            ) from stopped
        every_row = rows or verbosity >= 2
        if every_row:
            self.write_rows(report)
        self.write_summary(report, commit, every_row)

    def progress(self, done, total):
        if total < PROGRESS_FROM_ROWS:
            return
        if done % max(total // 10, 1) == 0 or done == total:
            self.stdout.write(f"  {done:,} of {total:,} rows checked ({done * 100 // total}%)")

    def write_rows(self, report):
        styles = {"created": self.style.SUCCESS, "updated": self.style.WARNING, "rejected": self.style.ERROR}
        for row in report.rows:
            label = f"line {row.line}: {row.outcome} {row.name or '?'} ({row.country or '?'})"
            details = f" - {' '.join(row.messages)}" if row.messages else ""
            self.stdout.write(styles.get(row.outcome, str)(label) + details)

    def write_summary(self, report, commit, every_row):
        counts = ", ".join(f"{number:,} {outcome}" for outcome, number in report.summary.items())
        if commit:
            self.stdout.write(f"Written in batches of at most {BATCH_ROWS} rows: {counts}.")
        else:
            self.stdout.write(f"Dry run, nothing written: {counts}. Run again with --commit to write.")
        if report.count("rejected") and not every_row:
            lines = ", ".join(str(row.line) for row in report.rows if row.outcome == "rejected")
            if len(lines) > REJECTED_LINES_SHOWN:
                lines = lines[:REJECTED_LINES_SHOWN].rsplit(",", 1)[0] + " ..."
            self.stdout.write(f"Rejected lines: {lines} (--rows tells why).")
