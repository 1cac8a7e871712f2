import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from alliance.declaration.models import Signature, Source, Status

OLD_TABLE = (
    "\ufeffNo.;Country;Municipality/Region\n"
    "1;Ukraine;Lviv\n"
    "2;Spain;Torrent\n"
    "3;Atlantis;Poseidonia\n"
    "4;Greece;\n"
    "5;Ukraine;LVIV\n"
)


@pytest.fixture
def old_table(tmp_path):
    path = tmp_path / "signatories.csv"
    path.write_text(OLD_TABLE, encoding="utf-8")
    return path


def _run(*args):
    out = io.StringIO()
    call_command("import_signatories", *[str(a) for a in args], stdout=out, no_color=True)
    return out.getvalue()


def test_a_dry_run_reports_every_row_and_writes_nothing(old_table, lviv):
    output = _run(old_table, "--rows")
    assert "line 2: created Lviv (Ukraine)" in output
    assert "line 3: created Torrent (Spain) - Not in the registry yet" in output
    assert "line 4: rejected Poseidonia (Atlantis) - Unknown country" in output
    assert "line 5: rejected ? (Greece) - The municipality or region is missing." in output
    assert "line 6: rejected LVIV (Ukraine) - This row repeats an earlier row" in output
    assert "Dry run, nothing written: 2 created, 0 unchanged, 3 rejected." in output
    assert Signature.objects.count() == 0


def test_commit_writes_verified_signatures_once(old_table, lviv):
    _run(old_table, "--commit")
    assert Signature.objects.count() == 2
    signature = Signature.objects.get(authority=lviv)
    assert signature.status == Status.VERIFIED and signature.source == Source.IMPORT
    assert "Written in batches of at most 200 rows: 0 created, 2 unchanged" in _run(old_table, "--commit")
    assert Signature.objects.count() == 2


def test_xlsx_with_dates(tmp_path, countries):
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "Country", "Municipality/Region", "Date"])
    sheet.append([1, "Ukraine", "Lviv", "2018-07-16"])
    sheet.append([2, "Portugal", "Sintra", "16/13/2018"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    output = _run(path, "--commit")
    assert "1 created, 0 unchanged, 1 rejected" in output
    assert "Rejected lines: 3 (--rows tells why)." in output
    assert str(Signature.objects.get().signed_on) == "2018-07-16"


def test_a_file_without_the_columns_is_refused(tmp_path, countries):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(CommandError, match="Country"):
        _run(path)


def test_the_admin_import_dry_run_then_commit(client, old_table, lviv, moderator):
    client.force_login(moderator)
    with open(old_table, "rb") as handle:
        response = client.post("/admin/declaration/import/", {"file": handle})
    assert b"2 created, 0 unchanged, 3 rejected" in response.content
    assert Signature.objects.count() == 0
    client.post("/admin/declaration/import/", {"commit": "yes"})
    assert Signature.objects.count() == 2


def test_the_old_names_of_countries_are_found_as_the_registry_finds_them(tmp_path, countries):
    path = tmp_path / "old-names.csv"
    path.write_text(
        "No.;Country;Municipality/Region\n"
        "1;The former Yugoslav Republic of Macedonia;Šuto Orizari\n"
        "2;Republic of Moldova;Soroca\n"
        "3;Turquie;Şişli\n",
        encoding="utf-8",
    )
    output = _run(path, "--rows")
    assert "line 2: created Šuto Orizari (The former Yugoslav Republic of Macedonia)" in output
    assert "line 3: created Soroca (Republic of Moldova)" in output
    assert "line 4: created Şişli (Turquie)" in output


def test_a_windows_1252_file_reads_as_the_same_text(tmp_path, lviv):
    path = tmp_path / "excel.csv"
    path.write_bytes("No.;Country;Municipality/Region\r\n1;Spain;Málaga\r\n".encode("cp1252"))
    assert "line 2: created Málaga (Spain)" in _run(path, "--rows")


@pytest.mark.django_db(transaction=True)
def test_a_commit_stopped_midway_keeps_whole_batches_and_running_it_again_finishes_it(
    tmp_path, countries, monkeypatch
):
    from alliance.core import spreadsheets

    path = tmp_path / "signatories.csv"
    path.write_text("Country;Municipality/Region\n" + "".join(f"Spain;Town {n}\n" for n in range(1, 6)))
    monkeypatch.setattr(spreadsheets, "BATCH_ROWS", 2)
    monkeypatch.setattr(spreadsheets, "BATCH_SECONDS", 3600)  # batches end by their rows here
    real_create = Signature.objects.create

    def failing_on_town_4(**values):
        if values["authority_name"] == "Town 4":
            raise RuntimeError("the disk is full")
        return real_create(**values)

    monkeypatch.setattr(Signature.objects, "create", failing_on_town_4)
    with pytest.raises(CommandError, match="The rows up to line 3 are written"):
        _run(path, "--commit")
    assert sorted(Signature.objects.values_list("authority_name", flat=True)) == ["Town 1", "Town 2"]

    monkeypatch.setattr(Signature.objects, "create", real_create)
    assert "3 created, 2 unchanged" in _run(path, "--commit")
    assert Signature.objects.count() == 5
