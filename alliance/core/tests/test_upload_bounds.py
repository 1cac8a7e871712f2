"""Every upload is bounded in memory and time before the expensive work: spreadsheets, PDFs, images.

Each hostile file is read in a forked child (`bounded.py`): CPU seconds and the growth of its peak
resident memory are the kernel's measures, not wall time, and the bounds are generous for a linear
reader (they are far below what the unbounded readers took: 125 MB per 1,000 declared rows, 17.7 s
for thirty million characters, 2 GB for one render).
"""

import io
import os
import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from alliance.core import hostile_files
from alliance.core.spreadsheets import MAX_FILE_BYTES, SpreadsheetError, read_records, read_rows

from .bounded import MB, run_bounded

HEADINGS = {"name": ["name"], "country": ["country"]}
REQUIRED = {"name": "Name", "country": "Country"}


def read(content):
    return read_rows(content, "list.xlsx")


# ---------------------------------------------------------------- spreadsheets


def test_a_sheet_that_declares_the_whole_grid_costs_what_it_holds():
    # The former reader built every row up to the last, 16,384 cells wide: 125 MB per 1,000 rows.
    cost = run_bounded(read, hostile_files.declared_giant(last_row=40_000))
    assert cost["outcome"] == "returned", cost
    assert "Korçë" in cost["message"] and "40000" in cost["message"]
    assert cost["cpu"] < 2 and cost["memory"] < 20 * MB, cost


def test_a_value_beyond_the_row_cap_is_refused():
    cost = run_bounded(read, hostile_files.declared_giant(last_row=1_000_000))
    assert cost["outcome"] == "SpreadsheetError", cost
    assert "rows" in cost["message"]
    assert cost["cpu"] < 2 and cost["memory"] < 20 * MB, cost


def test_a_value_in_the_last_column_is_refused_without_building_the_rows_before_it():
    cost = run_bounded(read, hostile_files.far_cell())
    assert cost["outcome"] == "SpreadsheetError", cost
    assert "columns" in cost["message"]
    assert cost["cpu"] < 2 and cost["memory"] < 20 * MB, cost


def test_a_string_of_thirty_million_characters_is_refused_at_once():
    content = hostile_files.huge_shared_strings(30_000_000)
    assert len(content) < 100 * 1024  # the audit's file: 60 KB on the wire
    cost = run_bounded(read, content)
    assert cost["outcome"] == "SpreadsheetError", cost
    assert "32,767 characters" in cost["message"]
    assert cost["cpu"] < 2 and cost["memory"] < 20 * MB, cost


def test_millions_of_empty_cells_are_refused_within_a_bounded_cost():
    cost = run_bounded(read, hostile_files.many_empty_cells(3_000_000))
    assert cost["outcome"] == "SpreadsheetError", cost
    assert cost["cpu"] < 15 and cost["memory"] < 50 * MB, cost


def test_the_largest_file_the_size_cap_admits_costs_at_most_200_mb():
    # As many real cells as the caps allow, packed as tightly as XLSX allows (about 5 MB).
    def rows():
        for number in range(1, 50_001):
            yield (
                f'<row r="{number}">' + "".join(f"<c><v>{number}.5</v></c>" for _cell in range(10)) + "</row>"
            )

    content = hostile_files.workbook(rows())
    assert len(content) <= MAX_FILE_BYTES
    cost = run_bounded(read, content)
    assert cost["outcome"] == "returned", cost
    assert cost["memory"] < 200 * MB and cost["cpu"] < 20, cost


def test_a_file_above_the_size_cap_is_refused_before_it_is_opened():
    with pytest.raises(SpreadsheetError, match="larger than 5 MB"):
        read_rows(b"PK\x03\x04" + b"\x00" * MAX_FILE_BYTES, "list.xlsx")


def test_a_document_type_declaration_is_refused():
    import zipfile

    content = hostile_files.small_list()
    laughs = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'

    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(buffer, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"?>", b"?>" + laughs, 1)
            target.writestr(member, data)
    with pytest.raises(SpreadsheetError, match="not a readable XLSX"):
        read(buffer.getvalue())


def test_numbers_dates_and_text_come_back_as_a_library_gives_them():
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["name", "country", "joined", "count", "share", "member"])
    book.active.append(["  Şişli ", "Turkey", datetime.datetime(2017, 10, 19), 12, 1.5, True])
    book.active["A5"] = "Tivat"
    book.active["B5"] = "ME"
    buffer = io.BytesIO()
    book.save(buffer)
    assert read(buffer.getvalue()) == [
        (1, ["name", "country", "joined", "count", "share", "member"]),
        (2, ["  Şişli ", "Turkey", datetime.datetime(2017, 10, 19), 12, 1.5, True]),
        (5, ["Tivat", "ME"]),
    ]


def test_a_report_never_repeats_a_whole_cell(countries):
    from alliance.participants import importing

    long_country = "Atlantis" * 4000  # 32,000 characters, within a cell's limit
    content = f"name,country\nKorçë,{long_country}\n".encode()
    [row] = importing.run(importing.read_rows(content, "list.csv"), commit=False).rows
    assert row.outcome == "rejected"
    assert all(len(message) <= 400 for message in row.messages)
    assert len(row.country) <= 200


@pytest.mark.django_db
def test_the_back_office_import_refuses_a_huge_string_with_a_short_page(client, administrator):
    client.force_login(administrator)
    upload = SimpleUploadedFile("list.xlsx", hostile_files.huge_shared_strings(30_000_000))
    start = time.process_time()
    response = client.post("/admin/registry/import/", {"file": upload})
    assert time.process_time() - start < 5
    assert response.status_code == 200
    assert "32,767 characters" in response.content.decode()
    assert len(response.content) < 200 * 1024


def test_the_records_of_a_real_list_are_unchanged():
    [record] = read_records(hostile_files.small_list(), "list.xlsx", HEADINGS, REQUIRED)
    assert record == {"name": "Korçë", "country": "Albania"}
    assert record.line == 2


# ---------------------------------------------------------------- PDF letters and decisions


def check(content):
    from alliance.core.pdfs import check_pdf_content

    try:
        check_pdf_content(content)
    except ValidationError as error:
        return error.code
    return "accepted"


JAVASCRIPT = b"<< /S /JavaScript /JS (app.alert(1)) >>"
ACTIVE_PDFS = {
    "javascript on opening": hostile_files.pdf(JAVASCRIPT, trailer_extra=" /OpenAction 4 0 R"),
    "a program launched on opening": hostile_files.pdf(
        b"<< /S /Launch /F (cmd.exe) >>", trailer_extra=" /OpenAction 4 0 R"
    ),
    "additional actions": hostile_files.pdf(b"<< /O 5 0 R >>", trailer_extra=" /AA 4 0 R"),
    "an attached file": hostile_files.pdf(b"<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>"),
    "names written with escapes": hostile_files.pdf(b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>"),
    "a compressed javascript action": hostile_files.pdf(hostile_files.stream(b"x"), b"<< /S /JavaScript >>"),
}


@pytest.mark.parametrize("name", ACTIVE_PDFS)
def test_a_pdf_with_active_content_is_refused(name):
    assert check(ACTIVE_PDFS[name]) == "active_pdf"


def test_a_pdf_that_only_opens_at_its_first_page_is_accepted():
    # LaTeX and office programs write /OpenAction [page /Fit]: it runs nothing.
    assert check(hostile_files.pdf(b"[3 0 R /Fit]", trailer_extra=" /OpenAction 4 0 R")) == "accepted"
    assert check(hostile_files.pdf(hostile_files.stream(b"BT (Dear secretariat) Tj ET"))) == "accepted"


def test_a_real_letter_is_accepted():
    from alliance.applications.tests.conftest import TINY_PDF

    assert check(TINY_PDF) == "accepted"


def test_a_pdf_that_inflates_to_a_gigabyte_is_refused_within_a_bounded_cost():
    content = hostile_files.inflating_pdf(1024)
    assert len(content) < 2 * MB
    cost = run_bounded(check, content)
    assert cost["outcome"] == "returned" and "pdf_bomb" in cost["message"], cost
    assert cost["cpu"] < 5 and cost["memory"] < 100 * MB, cost


def test_the_join_forms_letter_with_a_script_is_refused_with_a_clear_message():
    from alliance.applications.letters import check_letter

    upload = SimpleUploadedFile("letter.pdf", ACTIVE_PDFS["javascript on opening"], "application/pdf")
    with pytest.raises(ValidationError) as refused:
        check_letter(upload)
    assert refused.value.code == "active_pdf"
    assert "scripts" in str(refused.value.message)


# ---------------------------------------------------------------- images


def test_an_image_above_the_pixel_bound_is_refused_from_its_header():
    from wagtail.images.fields import WagtailImageField

    content = hostile_files.png(11_000, 11_000)  # 121 megapixels, under Wagtail's default bound

    def upload():
        try:
            WagtailImageField().clean(SimpleUploadedFile("huge.png", content, "image/png"))
        except ValidationError as error:
            return error.code
        return "accepted"

    cost = run_bounded(upload)
    assert cost["outcome"] == "returned" and "file_too_many_pixels" in cost["message"], cost
    assert cost["memory"] < 60 * MB, cost


def test_an_image_of_what_editors_need_is_accepted(settings):
    from wagtail.images.fields import WagtailImageField

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS >= 24_000_000  # a 6000 x 4000 photograph
    WagtailImageField().clean(SimpleUploadedFile("photo.png", hostile_files.png(1200, 800), "image/png"))


def test_a_stored_image_above_the_bound_is_never_decoded():
    from types import SimpleNamespace

    from wagtail.images.models import Filter, SourceImageIOError

    # An image stored before the bound: its recorded size is enough to refuse it (no file is opened).
    image = SimpleNamespace(pk=7, width=11_000, height=11_000, file=None)
    with pytest.raises(SourceImageIOError):
        Filter("fill-100x100").run(image, io.BytesIO())


def test_renders_are_bounded_on_the_machine_across_processes(settings, tmp_path):
    from alliance.core.image_renders import RenderRefused, render_slot

    settings.IMAGE_RENDER_SLOTS = 1
    settings.IMAGE_RENDER_WAIT_SECONDS = 0
    settings.IMAGE_RENDER_SLOTS_DIR = str(tmp_path)
    holding_read, holding_write = os.pipe()
    release_read, release_write = os.pipe()
    child = os.fork()
    if child == 0:  # another process of the machine, rendering
        try:
            with render_slot():
                os.write(holding_write, b"1")
                os.read(release_read, 1)
        finally:
            os._exit(0)
    try:
        assert os.read(holding_read, 1) == b"1"
        with pytest.raises(RenderRefused), render_slot():
            pass
    finally:
        os.write(release_write, b"1")
        os.waitpid(child, 0)
    with render_slot():  # free again once the other process is done
        pass
