"""Memory and CPU time of hostile uploads, before (the former readers) and now.

    .venv/bin/python bench/uploads/hostile_uploads.py [--skip-before]

Each file is read in a forked child under hard limits (20 CPU seconds, 1.5 GB of address space):
the figures are the kernel's, CPU seconds and the growth of the peak resident set. "Before" runs the
former readers: openpyxl in read-only mode for XLSX (as `core/spreadsheets.py` did), the pixel
bound of Wagtail's default (128 megapixels) and a thumbnail render for images. Goal: every "now"
at most 200 MB and a few CPU seconds. Figures in bench/uploads/RESULTS.md.
"""

import argparse
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings")

import django  # noqa: E402

django.setup()

from alliance.core import hostile_files  # noqa: E402
from alliance.core.tests.bounded import MB, run_bounded  # noqa: E402

LIMITS = {"cpu_seconds": 20, "address_space": 1500 * MB}


def openpyxl_rows(content):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    return len([list(row) for row in book.worksheets[0].iter_rows(values_only=True)])


def reader_rows(content):
    from alliance.core.spreadsheets import SpreadsheetError, read_rows

    try:
        return len(read_rows(content, "list.xlsx"))
    except SpreadsheetError as error:
        return f"refused: {error}"


def render_thumbnail(content):
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = 128_000_000  # Wagtail's default bound
    with Image.open(io.BytesIO(content)) as image:
        image.load()
        image.thumbnail((400, 400))
    return "rendered"


def upload_image(content):
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.fields import WagtailImageField

    try:
        WagtailImageField().clean(SimpleUploadedFile("upload.png", content, "image/png"))
    except ValidationError as error:
        return f"refused: {error.code}"
    return "accepted"


def letter_regex(content):
    from django.core.exceptions import ValidationError

    from alliance.applications import letters

    try:
        letters._HEADER.match(content[:8])
        return "accepted (the former check read no stream)"
    except ValidationError as error:
        return f"refused: {error.code}"


def pdf_check(content):
    from django.core.exceptions import ValidationError

    from alliance.core.pdfs import check_pdf_content

    try:
        check_pdf_content(content)
    except ValidationError as error:
        return f"refused: {error.code}"
    return "accepted"


def largest_admitted():
    def rows():
        for number in range(1, 50_001):
            yield (
                f'<row r="{number}">' + "".join(f"<c><v>{number}.5</v></c>" for _cell in range(10)) + "</row>"
            )

    return hostile_files.workbook(rows())


CASES = [
    (
        "XLSX declaring the whole grid, its last row at 1,000",
        hostile_files.declared_giant,
        openpyxl_rows,
        reader_rows,
    ),
    (
        "XLSX declaring the whole grid, its last row at 40,000",
        lambda: hostile_files.declared_giant(40_000),
        openpyxl_rows,
        reader_rows,
    ),
    (
        "XLSX with a 30-million-character shared string",
        hostile_files.huge_shared_strings,
        openpyxl_rows,
        reader_rows,
    ),
    ("XLSX with 3 million styled empty cells", hostile_files.many_empty_cells, openpyxl_rows, reader_rows),
    ("XLSX: 50,000 rows x 10 numbers (largest admitted)", largest_admitted, openpyxl_rows, reader_rows),
    (
        "PNG 11,000 x 11,000 (upload, then a thumbnail)",
        lambda: hostile_files.png(11_000, 11_000),
        render_thumbnail,
        upload_image,
    ),
    ("PDF whose stream inflates to 1 GB", lambda: hostile_files.inflating_pdf(1024), letter_regex, pdf_check),
]


def cell(cost):
    return f"{cost['cpu']:.2f} s, {cost['memory'] / MB:.0f} MB: {cost['outcome']} {cost['message'][:60]}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-before", action="store_true", help="measure only the current readers")
    arguments = parser.parse_args()
    over_budget = []
    print("| file | size | before (CPU, memory) | now (CPU, memory) |")
    print("| --- | --- | --- | --- |")
    for label, make, before, now in CASES:
        content = make()
        earlier = "not run" if arguments.skip_before else cell(run_bounded(before, content, **LIMITS))
        cost = run_bounded(now, content, **LIMITS)
        if cost["memory"] > 200 * MB or cost["cpu"] > 5 or cost["outcome"] == "killed":
            over_budget.append(label)
        print(f"| {label} | {len(content) / 1024:,.0f} KB | {earlier} | {cell(cost)} |", flush=True)
    if over_budget:
        print("Over budget (200 MB, 5 CPU seconds):", ", ".join(over_budget))
        sys.exit(1)


if __name__ == "__main__":
    main()
