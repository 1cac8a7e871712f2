"""Backups of everything the platform cannot recreate, and their restoration.

One archive (`alliance-backup-<UTC time>.tar.gz`, with a `.sha256` of the whole beside it) holds:

- the database, consistent at one instant while the site runs: SQLite through its online backup
  API, PostgreSQL through `pg_dump` inside an exported snapshot;
- the media folder (public uploads: images and their renditions, documents);
- the private storage (letters and decisions, PRIVATE_STORAGE_ROOT);
- `manifest.json`: the SHA-256 of every other member, and the row count of every table, counted in
  the same snapshot as the dump.

A restore reads the whole archive and checks every checksum first: a corrupt, truncated or
incomplete archive is refused before anything is touched. Then the database is replaced in one
step (SQLite: a verified file renamed into place; PostgreSQL: one transaction that empties the
schema and loads the dump), the folders are swapped in, and the rows are counted again against the
manifest.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connections

FORMAT = 1
MANIFEST = "manifest.json"
FOLDERS = {"media": "MEDIA_ROOT", "private": "PRIVATE_STORAGE_ROOT"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message says why, for the operator."""


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _database():
    database = connections["default"].settings_dict
    engine = database["ENGINE"].rsplit(".", 1)[-1]
    if engine not in ("sqlite3", "postgresql"):
        raise BackupError(f"no backup method for the {engine} database engine")
    return engine, database


def _pg_environment(database):
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return env


def _pg_arguments(database, name=None):
    return [
        "-h",
        database.get("HOST") or "127.0.0.1",
        "-p",
        str(database.get("PORT") or 5432),
        "-U",
        database.get("USER") or "postgres",
        "-d",
        name or database["NAME"],
    ]


def _sqlite_snapshot(database, target):
    """Copies the live database into `target` with SQLite's online backup API; the row counts of
    the copy (so that they are those of the same instant)."""
    source = sqlite3.connect(f"file:{database['NAME']}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy, pages=4096)
        return _sqlite_counts(copy)
    finally:
        copy.close()
        source.close()


def _sqlite_counts(connection):
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608


def _pg_snapshot(database, target):
    """`pg_dump` of the database as one snapshot exported by a REPEATABLE READ transaction that
    also counts the rows: dump and counts describe the same instant, whatever is written meanwhile."""
    import psycopg

    connection = psycopg.connect(
        host=database.get("HOST") or "127.0.0.1",
        port=database.get("PORT") or 5432,
        user=database.get("USER") or "postgres",
        password=database.get("PASSWORD") or None,
        dbname=database["NAME"],
        connect_timeout=10,
    )
    try:
        with connection.transaction():
            connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
            command = [
                "pg_dump",
                *_pg_arguments(database),
                f"--snapshot={snapshot}",
                "--format=custom",
                "--compress=0",
                "--no-owner",
                "--no-privileges",
                f"--file={target}",
            ]
            result = subprocess.run(command, env=_pg_environment(database), capture_output=True, text=True)  # noqa: S603
            if result.returncode != 0:
                raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
            return _pg_counts(connection)
    finally:
        connection.close()


def _pg_counts(connection):
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
    ]
    return {
        table: connection.execute(f'SELECT count(*) FROM public."{table}"').fetchone()[0]  # noqa: S608
        for table in tables
    }


def database_counts():
    """Row counts of every table of the live database (what a restore is compared with)."""
    engine, database = _database()
    if engine == "sqlite3":
        connection = sqlite3.connect(database["NAME"], timeout=30)
        try:
            return _sqlite_counts(connection)
        finally:
            connection.close()
    import psycopg

    with psycopg.connect(
        host=database.get("HOST") or "127.0.0.1",
        port=database.get("PORT") or 5432,
        user=database.get("USER") or "postgres",
        password=database.get("PASSWORD") or None,
        dbname=database["NAME"],
    ) as connection:
        return _pg_counts(connection)


def _walk(root):
    root = Path(root)
    if not root.is_dir():
        return
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path, path.relative_to(root).as_posix()


def _add_file(archive, path, member, checksums):
    """Adds a file read once into memory or a spooled copy, so that its checksum, size and content
    agree even if the site rewrites it meanwhile."""
    with tempfile.SpooledTemporaryFile(max_size=16 * CHUNK) as copy:
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as source:
                while block := source.read(CHUNK):
                    digest.update(block)
                    copy.write(block)
        except FileNotFoundError:
            return  # deleted since the walk found it: it is not part of the site any more
        info = tarfile.TarInfo(member)
        info.size = copy.tell()
        info.mtime = int(path.stat().st_mtime) if path.exists() else 0
        info.mode = 0o644
        copy.seek(0)
        archive.addfile(info, copy)
        checksums[member] = digest.hexdigest()


def create_backup(directory=None, *, now=None):
    """Writes one archive into `directory` (BACKUP_DIR); returns its path."""
    directory = Path(directory or settings.BACKUP_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    now = now or datetime.datetime.now(datetime.UTC)
    name = f"alliance-backup-{now:%Y%m%dT%H%M%SZ}"
    engine, database = _database()
    final = directory / f"{name}.tar.gz"
    partial = directory / f".{name}.tar.gz.partial"
    with tempfile.TemporaryDirectory(dir=directory, prefix=".backup-") as scratch:
        dump_name = "database/db.sqlite3" if engine == "sqlite3" else "database/dump.pgcustom"
        dump = Path(scratch) / Path(dump_name).name
        counts = _sqlite_snapshot(database, dump) if engine == "sqlite3" else _pg_snapshot(database, dump)
        checksums = {}
        with tarfile.open(partial, "w:gz", compresslevel=1) as archive:
            _add_file(archive, dump, dump_name, checksums)
            for folder, setting in FOLDERS.items():
                for path, relative in _walk(getattr(settings, setting)):
                    _add_file(archive, path, f"{folder}/{relative}", checksums)
            manifest = {
                "format": FORMAT,
                "created_at": now.isoformat(),
                "database": {"engine": engine, "member": dump_name},
                "row_counts": counts,
                "files": checksums,
            }
            body = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(body)
            info.mtime = int(now.timestamp())
            archive.addfile(info, io.BytesIO(body))
        os.replace(partial, final)
    Path(f"{final}.sha256").write_text(f"{sha256_of(final)}  {final.name}\n")
    return final


def verify(path):
    """Reads the whole archive and checks it: the sum of the whole (when its .sha256 is there), then
    every member against the manifest, with nothing missing and nothing more. Returns the manifest."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    sidecar = Path(f"{path}.sha256")
    if sidecar.is_file():
        expected = sidecar.read_text().split()[0] if sidecar.read_text().split() else ""
        if sha256_of(path) != expected:
            raise BackupError(f"{path.name}: its SHA-256 differs from {sidecar.name}: the archive is damaged")
    found = {}
    manifest = None
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                source = archive.extractfile(member)
                if member.name == MANIFEST:
                    manifest = json.loads(source.read(16 * CHUNK))
                    continue
                digest = hashlib.sha256()
                while block := source.read(CHUNK):
                    digest.update(block)
                found[member.name] = digest.hexdigest()
    except (tarfile.TarError, OSError, EOFError, json.JSONDecodeError) as error:
        raise BackupError(f"{path.name} cannot be read whole ({error}): the archive is damaged") from error
    if manifest is None or manifest.get("format") != FORMAT:
        raise BackupError(f"{path.name} has no manifest of format {FORMAT}: not an Alliance backup")
    expected = manifest["files"]
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    altered = sorted(name for name in set(expected) & set(found) if expected[name] != found[name])
    if missing or extra or altered:
        problems = [
            f"{label}: {', '.join(names[:5])}"
            for label, names in (
                ("missing", missing),
                ("not in the manifest", extra),
                ("checksum differs", altered),
            )
            if names
        ]
        raise BackupError(f"{path.name} is damaged ({'; '.join(problems)}); nothing was restored")
    if manifest["database"]["member"] not in found:
        raise BackupError(f"{path.name} holds no database")
    return manifest


def _safe_member(name, prefix):
    relative = Path(name[len(prefix) :])
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise BackupError(f"refused member {name!r}: outside its folder")
    return relative


def _restore_sqlite(source, database):
    target = Path(database["NAME"])
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(source, staged)
    check = sqlite3.connect(staged)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError("the archived SQLite database fails its integrity check")
        check.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal file beside it
    finally:
        check.close()
    connections["default"].close()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staged, target)


def _restore_postgresql(source, database):
    """Empties the schema and loads the dump in one transaction: on any error nothing changes."""
    connections["default"].close()
    env = _pg_environment(database)
    script = subprocess.Popen(  # noqa: S603
        ["pg_restore", "--no-owner", "--no-privileges", "--file=-", str(source)],  # noqa: S607
        stdout=subprocess.PIPE,
        env=env,
    )
    psql = subprocess.Popen(  # noqa: S603
        ["psql", *_pg_arguments(database), "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", "-"],  # noqa: S607
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    psql.stdin.write(b"DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n")
    shutil.copyfileobj(script.stdout, psql.stdin, CHUNK)
    psql.stdin.close()
    errors = psql.stderr.read().decode(errors="replace")
    if script.wait() != 0 or psql.wait() != 0:
        raise BackupError(f"the database could not be restored (nothing changed): {errors.strip()[-2000:]}")


def _swap_in(staged, target):
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    previous = target.with_name(f".{target.name}.before-restore")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        os.replace(target, previous)
    os.replace(staged, target)
    shutil.rmtree(previous, ignore_errors=True)


def restore(path):
    """Restores the archive at `path` over the database and folders the settings name.
    Returns {"tables": n, "rows": n, "files": n}. Stop the site's processes first."""
    manifest = verify(path)
    engine, database = _database()
    if manifest["database"]["engine"] != engine:
        raise BackupError(
            f"the archive holds a {manifest['database']['engine']} database; DATABASE_URL names {engine}"
        )
    folders = {folder: Path(getattr(settings, setting)) for folder, setting in FOLDERS.items()}
    staging = {}
    files = 0
    folders["media"].parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=folders["media"].parent) as scratch:
        dump = Path(scratch) / "database"
        for folder, target in folders.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            staging[folder] = Path(tempfile.mkdtemp(prefix=f".{target.name}.restoring-", dir=target.parent))
        try:
            with tarfile.open(path, "r:gz") as archive:
                for member in archive:
                    if not member.isfile() or member.name == MANIFEST:
                        continue
                    folder = member.name.split("/", 1)[0]
                    if member.name == manifest["database"]["member"]:
                        destination = dump
                    elif folder in staging:
                        destination = staging[folder] / _safe_member(member.name, f"{folder}/")
                        files += 1
                    else:
                        raise BackupError(f"refused member {member.name!r}")
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    digest = hashlib.sha256()
                    source = archive.extractfile(member)
                    with open(destination, "wb") as out:
                        while block := source.read(CHUNK):
                            digest.update(block)
                            out.write(block)
                    if digest.hexdigest() != manifest["files"][member.name]:
                        raise BackupError(f"{member.name} changed while it was read; nothing was restored")
            if engine == "sqlite3":
                _restore_sqlite(dump, database)
            else:
                _restore_postgresql(dump, database)
            for folder, target in folders.items():
                _swap_in(staging.pop(folder), target)
        finally:
            for leftover in staging.values():
                shutil.rmtree(leftover, ignore_errors=True)
    counts = database_counts()
    differing = {
        table: (expected, counts.get(table))
        for table, expected in manifest["row_counts"].items()
        if counts.get(table) != expected
    }
    if differing:
        raise BackupError(f"restored, but these tables' row counts differ from the archive's: {differing}")
    return {"tables": len(counts), "rows": sum(counts.values()), "files": files}
