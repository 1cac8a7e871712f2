"""`make backup` and `make restore FILE=...`: the restore drill. A site with rows, public media and
private letters is backed up while it is open, restored into an empty copy (another database,
other folders, as on a fresh clone), and the copy has the same rows and the same files, checked by
their hashes. A damaged archive is refused before anything is touched. On SQLite, and on
PostgreSQL in the PostgreSQL suite."""

import hashlib
import io
import json
import sqlite3
import tarfile
import uuid
from pathlib import Path

import pytest

from alliance.core.backups import BackupError, verify

from .processes import environment, manage

SOME_ROWS = (
    "from alliance.authorities.countries import ensure_countries; ensure_countries(); "
    "from alliance.authorities.models import Country; from alliance.declaration.models import Signature; "
    "[Signature.objects.create(signer_name=f'Signer {n}', email=f's{n}@example.org', office='Mayor', "
    "authority_name=f'Town {n}', country=Country.objects.get(code='FR'), status='confirmed') for n in range(25)]"
)


def site_environment(root, database_url):
    env = environment(database_url)
    env.update(
        MEDIA_ROOT=str(root / "media"),
        PRIVATE_STORAGE_ROOT=str(root / "private"),
        BACKUP_DIR=str(root / "backups"),
        SECRET_KEY="a-secret-for-the-restore-drill",
    )
    return env


def write_files(root):
    files = {
        "media/original_images/strasbourg.jpg": b"\xff\xd8\xff" + bytes(range(256)) * 40,
        "media/documents/report 2025.pdf": b"%PDF-1.7 public report",
        "private/letters/2026/letter-of-intent.pdf": b"%PDF-1.7 signed letter " * 100,
        "private/decisions/council-decision.pdf": b"%PDF-1.7 council decision",
    }
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return files


def file_hashes(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in ("media", "private")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file()
    }


def sqlite_counts(path):
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        query = 'SELECT count(*) FROM "{}"'  # table names read from the catalogue
        return {table: connection.execute(query.format(table)).fetchone()[0] for table in tables}
    finally:
        connection.close()


def back_up(env):
    out = manage(env, "backup")
    archives = sorted(Path(env["BACKUP_DIR"]).glob("alliance-backup-*.tar.gz"))
    assert len(archives) == 1, out
    assert Path(f"{archives[0]}.sha256").is_file()
    return archives[0]


def damaged_copy(archive, folder):
    """The archive with one byte changed in its middle, and its checksum file carried along."""
    folder.mkdir()
    copy = folder / archive.name
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    (folder / f"{archive.name}.sha256").write_text(Path(f"{archive}.sha256").read_text())
    return copy


def test_the_restore_drill_on_sqlite(tmp_path):
    original, copy = tmp_path / "original", tmp_path / "copy"
    env = site_environment(original, f"sqlite:///{original / 'db.sqlite3'}")
    original.mkdir()
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "shell", "-c", SOME_ROWS)
    write_files(original)

    archive = back_up(env)
    fresh = site_environment(copy, f"sqlite:///{copy / 'db.sqlite3'}")
    out = manage(fresh, "restore", str(archive))

    assert "every checksum and row count matches" in out
    assert sqlite_counts(copy / "db.sqlite3") == sqlite_counts(original / "db.sqlite3")
    assert sqlite_counts(copy / "db.sqlite3")["declaration_signature"] == 25
    assert file_hashes(copy) == file_hashes(original)
    assert len(file_hashes(copy)) == 4

    # A damaged archive is refused, and the copy is left as it was.
    before = (copy / "db.sqlite3").read_bytes(), file_hashes(copy)
    damaged = damaged_copy(archive, tmp_path / "damaged")
    refused = manage(fresh, "restore", str(damaged), expect_failure=True)
    assert "damaged" in refused
    assert ((copy / "db.sqlite3").read_bytes(), file_hashes(copy)) == before


def archive_with(tmp_path, members, manifest):
    path = tmp_path / "crafted.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, content in {**members, "manifest.json": json.dumps(manifest).encode()}.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return path


def manifest_for(members):
    return {
        "format": 1,
        "database": {"engine": "sqlite3", "member": "database/db.sqlite3"},
        "row_counts": {},
        "files": {name: hashlib.sha256(content).hexdigest() for name, content in members.items()},
    }


def test_an_intact_archive_passes_the_check(tmp_path):
    members = {"database/db.sqlite3": b"rows", "private/letters/a.pdf": b"a letter"}
    assert verify(archive_with(tmp_path, members, manifest_for(members)))["files"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda members, manifest: members.update({"private/letters/a.pdf": b"another letter"}),
            "checksum differs",
        ),
        (lambda members, manifest: members.pop("private/letters/a.pdf"), "missing"),
        (lambda members, manifest: members.update({"media/extra.jpg": b"?"}), "not in the manifest"),
        (lambda members, manifest: manifest.update({"format": 99}), "no manifest"),
    ],
)
def test_an_archive_that_does_not_match_its_manifest_is_refused(tmp_path, change, message):
    members = {"database/db.sqlite3": b"rows", "private/letters/a.pdf": b"a letter"}
    manifest = manifest_for(members)
    change(members, manifest)
    with pytest.raises(BackupError, match=message):
        verify(archive_with(tmp_path, members, manifest))


def test_a_truncated_archive_is_refused(tmp_path):
    members = {"database/db.sqlite3": b"rows" * 10000, "private/letters/a.pdf": bytes(range(256)) * 400}
    path = archive_with(tmp_path, members, manifest_for(members))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BackupError, match="damaged"):
        verify(path)


@pytest.mark.postgres
def test_the_restore_drill_on_postgresql(tmp_path, transactional_db, countries, settings):
    """The original is the test database itself (its rows committed), so that no second migration
    runs; the copy is a new, empty database, as on a fresh clone."""
    import psycopg

    from alliance.declaration.models import Signature

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.fail("this test runs in the PostgreSQL suite (DATABASE_URL=postgres://...)")
    server = dict(settings.DATABASES["default"])
    host, port, user = server["HOST"] or "127.0.0.1", server["PORT"] or 5432, server["USER"]
    password = server["PASSWORD"] or None
    copy_name = f"alliance_restore_copy_{uuid.uuid4().hex[:10]}"

    def url(name):
        return f"postgres://{user}@{host}:{port}/{name}"

    def counts(name):
        with psycopg.connect(host=host, port=port, user=user, password=password, dbname=name) as c:
            tables = [r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")]
            query = 'SELECT count(*) FROM public."{}"'  # table names read from the catalogue
            return {table: c.execute(query.format(table)).fetchone()[0] for table in tables}

    for n in range(25):
        Signature.objects.create(
            signer_name=f"Signer {n}",
            email=f"s{n}@example.org",
            office="Mayor",
            authority_name=f"Town {n}",
            country=countries["FR"],
            status="confirmed",
        )
    admin = psycopg.connect(
        host=host, port=port, user=user, password=password, dbname="postgres", autocommit=True
    )
    admin.execute(f'CREATE DATABASE "{copy_name}"')
    try:
        original, copy = tmp_path / "original", tmp_path / "copy"
        env = site_environment(original, url(server["NAME"]))
        write_files(original)

        archive = back_up(env)
        fresh = site_environment(copy, url(copy_name))
        out = manage(fresh, "restore", str(archive))

        assert "every checksum and row count matches" in out
        assert counts(copy_name) == counts(server["NAME"])
        assert counts(copy_name)["declaration_signature"] == 25
        assert file_hashes(copy) == file_hashes(original)

        damaged = damaged_copy(archive, tmp_path / "damaged")
        assert "damaged" in manage(fresh, "restore", str(damaged), expect_failure=True)
        assert counts(copy_name) == counts(server["NAME"])
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy_name}" WITH (FORCE)')
        admin.close()
