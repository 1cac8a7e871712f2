"""Every spreadsheet the site writes, public or back office, shows a formula as text and never runs it."""

import csv
import io

import pytest
from openpyxl import load_workbook

from alliance.core.exports import spreadsheet_cell

from .conftest import HOSTILE

pytestmark = pytest.mark.django_db

PUBLIC_FILES = [
    "/en/participants/export",
    "/en/participants/history/participations",
    "/en/declaration/signatories/export",
    "/en/events/export",
    "/en/practices/export",
    "/en/texts/export",
    "/en/programmes/export",
    "/en/programmes/figures/export",
    "/en/networks/export",
    "/en/networks/members/export",
    "/en/dosta-prize/export",
    "/en/dosta-prize/editions/export",
    "/en/action-plans/plans",
    "/en/action-plans/measures",
    "/en/action-plans/reports",
]


def csv_cells(response):
    text = response.getvalue().decode("utf-8")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


RUNNABLE = [
    "=1+1",
    "+1",
    "-1+2",
    "@SUM(A1)",
    "\tcmd",
    "\rcmd",
    "\ncmd",
    HOSTILE,
    '\uff1dHYPERLINK("http://evil.example")',  # fullwidth equals sign
    "\uff0b1",  # fullwidth plus
    "\uff20SUM(A1)",  # fullwidth commercial at
    "\ufe66cmd",  # small equals sign
    "\u200b=1+1",  # a zero-width space first
    "\u202e\ufeff =1+1",  # a right-to-left override, a byte-order mark and a space first
    "|cmd",  # dynamic data exchange
    "\uff5ccmd",  # fullwidth vertical line
]


@pytest.mark.parametrize("value", RUNNABLE, ids=repr)
def test_a_cell_that_would_run_starts_with_an_apostrophe(value):
    assert spreadsheet_cell(value) == "'" + value


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("Roma;=1+1", "'Roma;'=1+1"),
        ("a; =HYPERLINK(x);b;\uff1dy", "'a; '=HYPERLINK(x);b;'\uff1dy"),
        ("a;\u200b@x", "'a;\u200b'@x"),
    ],
    ids=repr,
)
def test_a_formula_after_a_semicolon_is_neutralised_too(value, safe):
    # French and German Excel split a CSV file on semicolons: each part starts a cell of its own.
    assert spreadsheet_cell(value) == safe
    assert all(not part.lstrip(" \u200b").startswith(("=", "@", "\uff1d")) for part in safe.split(";"))


def test_semicolons_and_dashes_inside_a_text_are_left_alone():
    assert spreadsheet_cell("Roma; Travellers - inclusion") == "Roma; Travellers - inclusion"


def test_the_check_takes_linear_time_on_a_long_hostile_cell():
    import time

    start = time.process_time()
    spreadsheet_cell(";" + "\u200b" * 2_000_000 + "x")
    spreadsheet_cell("\u200b" * 2_000_000 + "x")
    assert time.process_time() - start < 2


def test_plain_values_and_numbers_are_left_alone():
    assert spreadsheet_cell("Korçë") == "Korçë"
    assert spreadsheet_cell(-3) == -3
    assert spreadsheet_cell(None) is None


@pytest.mark.parametrize("path", PUBLIC_FILES)
def test_it_neutralises_formulas_in_every_public_csv(client, every_list, path):
    every_list(HOSTILE)
    cells = csv_cells(client.get(f"{path}.csv"))
    assert "'" + HOSTILE in cells, path
    assert HOSTILE not in cells, path


@pytest.mark.parametrize("path", PUBLIC_FILES)
def test_it_neutralises_formulas_in_every_public_xlsx(client, every_list, path):
    every_list(HOSTILE)
    response = client.get(f"{path}.xlsx")
    assert_stored_as_text(response, HOSTILE)


def assert_stored_as_text(response, value):
    """The value is in the workbook as it is, typed as text with the hidden quote prefix: it
    shows without an apostrophe and never runs."""
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    hostile = [cell for cell in cells if cell.value == value]
    assert hostile
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in hostile)
    assert all(cell.data_type != "f" for cell in cells)
    assert not any(str(cell.value).startswith("'") for cell in cells)


@pytest.mark.parametrize("value", RUNNABLE[7:], ids=repr)
def test_every_kind_of_formula_start_is_stored_as_text_in_xlsx(client, every_list, value):
    every_list(value)
    assert_stored_as_text(client.get("/en/participants/export.xlsx"), value)


def test_json_keeps_the_value_as_it_is(client, every_list):
    every_list(HOSTILE)
    data = client.get("/en/participants/export.json").getvalue().decode()
    assert '"name": "=HYPERLINK(' in data


@pytest.mark.parametrize("url", ["/admin/authorities/", "/admin/participations/"])
@pytest.mark.parametrize("spreadsheet", ["csv", "xlsx"])
def test_it_neutralises_formulas_in_back_office_exports(client, administrator, every_list, url, spreadsheet):
    every_list(HOSTILE)
    client.force_login(administrator)
    response = client.get(url, {"export": spreadsheet})
    assert response.status_code == 200
    if spreadsheet == "csv":
        cells = csv_cells(response)
        assert any(cell.startswith("'=HYPERLINK(") for cell in cells), cells
        assert HOSTILE not in cells
    else:
        assert_stored_as_text(response, HOSTILE)


@pytest.mark.parametrize("spreadsheet", ["csv", "xlsx"])
def test_it_neutralises_formulas_in_wagtails_own_reports(client, administrator, every_list, spreadsheet):
    from wagtail.log_actions import log

    authority = every_list(HOSTILE)
    log(instance=authority, action="wagtail.edit", user=administrator)
    client.force_login(administrator)
    response = client.get("/admin/reports/site-history/", {"export": spreadsheet})
    assert response.status_code == 200
    if spreadsheet == "csv":
        cells = csv_cells(response)
        assert "'" + HOSTILE in cells
        assert HOSTILE not in cells
    else:
        assert_stored_as_text(response, HOSTILE)
