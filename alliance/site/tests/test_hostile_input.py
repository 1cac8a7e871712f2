"""No input can stall the site: every parser the public reaches costs time in proportion to its input.

Each check is fed the inputs that make backtracking regular expressions and naive loops blow up —
long runs of digits, of spaces, of nested brackets, of digit-space pairs, of combining accents —
at sizes far beyond what a person sends (a 10 MB file, megabyte-long fields). The bounds are CPU
seconds measured for the calling thread's process, and generous: a linear check takes milliseconds
here, a quadratic one takes minutes (the audit's 40 KB letter took 9 s), so they cannot flake.
"""

import contextlib
import io
import time
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from alliance.applications.letters import OBJECT_WINDOW, TAIL_BYTES, check_letter
from alliance.authorities.models import Authority
from alliance.core.folding import fold
from alliance.core.protection import protection_data
from alliance.core.spreadsheets import SpreadsheetError
from alliance.declaration import importing as signatory_import
from alliance.participants import importing as participant_import

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
# CPU seconds allowed per call; linear code needs a few hundredths of that.
BUDGET = 3.0


def run(text, size):
    """`text` repeated to `size` characters."""
    return (text * (size // len(text) + 1))[:size]


PATTERNS = {
    "digits": lambda size: run("7", size),
    "spaces": lambda size: " " + run(" ", size) + "x",
    "nested brackets": lambda size: "[" * (size // 2) + "]" * (size // 2),
    "nested parentheses": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "digit-space pairs": lambda size: run("1 ", size),
    "digit-dot runs": lambda size: "1." + run("0", size) + "x",
    "combining accents": lambda size: "a" + run("\u0301", size),
    "pdf objects without end": lambda size: run("1 0 ", size),
}


def pathological(kind, size):
    return PATTERNS[kind](size)


KINDS = list(PATTERNS)


def cpu_seconds(func, *args, **kwargs):
    """CPU time spent by `func`, whatever it raises (refusing the input is the expected outcome)."""
    start = time.process_time()
    with contextlib.suppress(ValidationError, ValueError):
        func(*args, **kwargs)
    return time.process_time() - start


# ---------------------------------------------------------------- the join form's letter


class CountedFile(io.BytesIO):
    """A file that counts the bytes read from it, and stops the check past `budget` bytes."""

    def __init__(self, content, budget):
        super().__init__(content)
        self.budget = budget
        self.bytes_read = 0

    def read(self, size=-1):
        data = super().read(size)
        self.bytes_read += len(data)
        if self.bytes_read > self.budget:
            raise AssertionError(f"the check read {self.bytes_read} bytes, more than {self.budget}")
        return data


def letter(content, budget=None):
    upload = SimpleUploadedFile("letter.pdf", b"", content_type="application/pdf")
    upload.file = CountedFile(content, budget if budget is not None else 2 * len(content))
    upload.size = len(content)
    return upload


def pdf_of(kind, size):
    return b"%PDF-1.4\n" + pathological(kind, size).encode()[: size - 9]


@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_check_of_a_10_mb_letter_reads_a_bounded_part_of_it(kind, settings):
    upload = letter(pdf_of(kind, settings.APPLICATION_LETTER_MAX_BYTES), budget=OBJECT_WINDOW + TAIL_BYTES)
    with pytest.raises(ValidationError):
        check_letter(upload)
    assert upload.file.bytes_read <= OBJECT_WINDOW + TAIL_BYTES


@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_check_takes_linear_time_on_what_it_reads(kind):
    # The part of a letter searched for objects, all of it pathological.
    assert cpu_seconds(check_letter, letter(pdf_of(kind, OBJECT_WINDOW))) < 0.5


def test_the_audits_letter_of_zeros_is_refused_at_once():
    # 40 KB of zeros after the header took 9 s with the former check.
    content = b"%PDF-1.4" + b"0" * 40_000
    with pytest.raises(ValidationError):
        check_letter(letter(content))
    assert cpu_seconds(check_letter, letter(content)) < 0.5


def test_a_file_above_the_limit_is_refused_before_its_content_is_read(settings):
    upload = letter(b"%PDF-1.4\n" + b"0" * settings.APPLICATION_LETTER_MAX_BYTES, budget=0)
    with pytest.raises(ValidationError) as refused:
        check_letter(upload)
    assert refused.value.code == "too_large"
    assert upload.file.bytes_read == 0


def test_a_real_letter_is_still_accepted():
    from alliance.applications.tests.conftest import TINY_PDF

    # The cheap checks read its head and tail, then the PDF parser reads it once: three times at most.
    assert check_letter(letter(TINY_PDF, budget=3 * len(TINY_PDF))) is not None


# ---------------------------------------------------------------- search folding and slugs


@pytest.mark.parametrize("kind", KINDS)
def test_search_folding_takes_linear_time(kind):
    assert cpu_seconds(fold, pathological(kind, MB)) < BUDGET


@pytest.mark.parametrize("kind", KINDS)
def test_slug_making_takes_linear_time(kind, countries):
    authority = Authority(name=pathological(kind, MB), country=countries["FR"], level="local")
    assert cpu_seconds(authority.unique_slug) < BUDGET


# ---------------------------------------------------------------- spreadsheet imports


def csv_with_every_cell(value, headings):
    cell = '"' + value.replace('"', '""') + '"'
    return (",".join(headings) + "\n" + ",".join([cell] * len(headings)) + "\n").encode()


PARTICIPANT_HEADINGS = ["name", "country", "accession_number", "joined_on", "left_on", "population", "kind"]
SIGNATORY_HEADINGS = ["country", "municipality/region", "name", "office", "date"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_participants_import_takes_linear_time(kind, countries):
    content = csv_with_every_cell(pathological(kind, 100 * 1024), PARTICIPANT_HEADINGS)

    def read_and_check():
        rows = participant_import.read_rows(content, "list.csv")
        assert len(rows) == 1
        participant_import.run(rows)

    assert cpu_seconds(read_and_check) < BUDGET


@pytest.mark.parametrize("kind", KINDS)
def test_the_signatories_import_takes_linear_time(kind, countries):
    content = csv_with_every_cell(pathological(kind, 100 * 1024), SIGNATORY_HEADINGS)

    def read_and_check():
        rows = signatory_import.read_rows(content, "list.csv")
        assert len(rows) == 1
        signatory_import.import_signatories(rows)

    assert cpu_seconds(read_and_check) < BUDGET


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_unpacked(settings):
    # A ZIP whose directory announces a 4 GB sheet: refused from the directory alone.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 1024)
    content = bytearray(buffer.getvalue())
    # Rewrite the announced size in the central directory (uncompressed size at offset 24).
    directory = content.rfind(b"PK\x01\x02")
    content[directory + 24 : directory + 28] = (4 * 1024**3 - 1).to_bytes(4, "little")
    with pytest.raises(SpreadsheetError, match="too large"):
        participant_import.read_rows(bytes(content), "list.xlsx")
    with pytest.raises(SpreadsheetError):
        signatory_import.read_rows(bytes(content), "list.xlsx")


def test_a_csv_cell_beyond_the_csv_limit_is_a_clear_refusal():
    content = csv_with_every_cell("7" * (200 * 1024), PARTICIPANT_HEADINGS)
    with pytest.raises(SpreadsheetError, match="cell is far too long"):
        participant_import.read_rows(content, "list.csv")


# ---------------------------------------------------------------- dates, numbers and text the public sends


GET_ADDRESSES = [
    ("/en/participants/", ["q", "country", "level", "year", "sort", "per_page", "page", "on"]),
    ("/en/participants/export.csv", ["q", "country", "year"]),
    ("/en/participants/history/", ["on", "year"]),
    ("/en/programmes/", ["as_of"]),
    ("/en/declaration/", ["text"]),
    ("/en/declaration/signatories/", ["q", "country", "level", "page"]),
    ("/en/practices/", ["q", "page"]),
    ("/en/texts/", ["q", "page"]),
    ("/en/events/", ["page"]),
    ("/en/search/", ["q"]),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("address", "names"), GET_ADDRESSES)
def test_query_strings_cost_linear_time(address, names, kind, countries):
    # 16 KB per value: four times what gunicorn lets through in a whole request line.
    value = pathological(kind, 16 * 1024)
    client = Client(raise_request_exception=False)
    start = time.process_time()
    response = client.get(address, {name: value for name in names})
    assert time.process_time() - start < BUDGET
    assert response.status_code < 500


POST_FORMS = [
    (
        "/en/join/",
        ["authority_name", "country", "subdivision", "population", "website", "applicant_name", "email"],
    ),
    ("/en/cooperate/", ["organisation", "country", "website", "areas_of_work", "proposal", "email"]),
    ("/en/contact/", ["name", "email", "subject", "message"]),
    ("/en/declaration/sign/", ["signer_name", "office", "authority_name", "country", "level", "email"]),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("address", "names"), POST_FORMS)
def test_public_forms_cost_linear_time(address, names, kind, countries):
    # 256 KB per field, several fields: within Django's 2 MB for the fields of one request.
    value = pathological(kind, 256 * 1024)
    data = {**protection_data(), "consent": "on", **{name: value for name in names}}
    client = Client(raise_request_exception=False)
    start = time.process_time()
    response = client.post(address, data)
    assert time.process_time() - start < BUDGET
    assert response.status_code < 500
