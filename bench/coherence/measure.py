"""Median time per request of the pages whose figures must be coherent, in process (no network).

    .venv/bin/python bench/coherence/measure.py [--requests 200] [--signatures 20000]

Builds its own SQLite database in a temporary folder (migrations, the demo site, volume data from
`create_volume`), so it measures the code of the checkout it is run from and nothing else on the
machine; run it from two checkouts to compare them. Every figure is a warm-cache figure: the first
request to each address is not counted. With `--change-every K`, a participation is changed
through a raw UPDATE every K requests, so that the figures are recomputed as they would be on a
live site (the cost of coherence at its worst).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
PATHS = ["/en/", "/en/declaration/signatories/", "/api/v1/counters"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--authorities", type=int, default=2000)
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--signatures", type=int, default=20000)
    parser.add_argument("--change-every", type=int, default=0)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="alliance-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from django.core.management import call_command, get_commands
    from django.db import connection
    from django.test import Client

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if "createcachetable" in get_commands():
        call_command("createcachetable", verbosity=0)
    call_command("load_demo", verbosity=0)
    call_command(
        "create_volume",
        authorities=args.authorities,
        participants=args.participants,
        signatures=args.signatures,
        verbosity=0,
    )
    print(f"database ready in {time.perf_counter() - started:.0f} s")
    connection.force_debug_cursor = False

    try:
        measure(args, Client(HTTP_HOST="localhost"), connection)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(args, client, connection):
    from django.test.utils import CaptureQueriesContext

    for path in PATHS:
        first = client.get(path)
        if first.status_code != 200:
            sys.exit(f"{path} answered {first.status_code}")
    for path in PATHS:
        timings, queries = [], []
        for number in range(args.requests):
            if args.change_every and number % args.change_every == 0:
                with connection.cursor() as cursor:
                    cursor.execute(
                        "UPDATE participants_participation SET updated_at = updated_at WHERE id = "
                        "(SELECT MIN(id) FROM participants_participation)"
                    )
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(path)
                timings.append((time.perf_counter() - start) * 1000)
            queries.append(len(captured.captured_queries))
            assert response.status_code == 200, (path, response.status_code)
        timings.sort()
        print(
            f"{path:34} {args.requests} requests: median {statistics.median(timings):6.2f} ms, "
            f"p95 {timings[int(len(timings) * 0.95) - 1]:6.2f} ms, "
            f"queries median {statistics.median(queries):.0f} (max {max(queries)})"
        )


if __name__ == "__main__":
    main()
