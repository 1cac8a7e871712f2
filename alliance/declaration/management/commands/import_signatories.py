"""manage.py import_signatories PATH [--commit] [--rows]: the historical list of signatories.

Columns No., Country and Municipality/Region (Date, Name and Office when present). A dry run by
default; --commit writes every accepted row, in short batches that let the site go on writing
(a run stopped midway names the last line written; run it again to write the rest). Progress on a
long file, then a summary in numbers; --rows adds the report on every row.
"""

from alliance.core.management.spreadsheet_import import SpreadsheetImportCommand
from alliance.declaration.importing import import_signatories, read_rows


class Command(SpreadsheetImportCommand):
    help = (
        "Import the historical list of signatories from CSV or XLSX (columns No., Country, "
        "Municipality/Region). A dry run by default: --commit writes."
    )

    def read(self, content, filename):
        return read_rows(content, filename)

    def run(self, records, commit, progress):
        return import_signatories(records, commit=commit, progress=progress)
