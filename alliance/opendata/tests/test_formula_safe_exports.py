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


def xlsx_cells(response):
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    return [cell.value for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", HOSTILE], ids=repr)
def test_a_cell_that_would_run_starts_with_an_apostrophe(value):
    assert spreadsheet_cell(value) == "'" + value


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
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "'" + HOSTILE in values, path
    assert HOSTILE not in values, path
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


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
    else:
        cells = xlsx_cells(response)
        assert any(str(cell).startswith("'=HYPERLINK(") for cell in cells), cells
    assert HOSTILE not in cells


@pytest.mark.parametrize("spreadsheet", ["csv", "xlsx"])
def test_it_neutralises_formulas_in_wagtails_own_reports(client, administrator, every_list, spreadsheet):
    from wagtail.log_actions import log

    authority = every_list(HOSTILE)
    log(instance=authority, action="wagtail.edit", user=administrator)
    client.force_login(administrator)
    response = client.get("/admin/reports/site-history/", {"export": spreadsheet})
    assert response.status_code == 200
    cells = csv_cells(response) if spreadsheet == "csv" else xlsx_cells(response)
    assert "'" + HOSTILE in cells
    assert HOSTILE not in cells
