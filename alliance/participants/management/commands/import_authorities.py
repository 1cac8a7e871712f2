"""manage.py import_authorities PATH [--commit] [--rows]: the secretariat's spreadsheet into the registry.

A dry run by default: every row is checked as it would be created, updated, left unchanged or
rejected (and why), and nothing is written. With --commit the accepted rows are written in short
batches that let the site go on writing (a run stopped midway names the last line written; run it
again to write the rest); rejected rows are skipped. A file of thousands of rows takes a while: the command
shows how far it is, then says what it did in numbers. --rows adds the report on every row.
"""

from alliance.core.management.spreadsheet_import import SpreadsheetImportCommand
from alliance.participants import importing


class Command(SpreadsheetImportCommand):
    help = "Import authorities (and accessions) from a CSV or XLSX file; a dry run unless --commit."

    def read(self, content, filename):
        return importing.read_rows(content, filename)

    def run(self, records, commit, progress):
        return importing.run(records, commit=commit, progress=progress)
