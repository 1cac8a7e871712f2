"""Median time of the participants' directory with 100,000 authorities and 5,000 participants.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/participants/bench_directory.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_bench .venv/bin/python bench/participants/bench_directory.py

The database is migrated and filled with `create_volume` first when it holds fewer authorities
than asked. Each page is requested through Django's test client (the whole stack, templates
included, but no network), a few times to warm up and then --runs times; the median is printed
and compared with the 100 ms budget. The exit status is 1 when a page is over budget.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings")
BUDGET_MS = 100
PAGES = {
    "first page": "/en/participants/",
    "filtered page": "/en/participants/?country=FR&level=local&sort=joined",
    "name search": "/en/participants/?q=sisli",
    # A number past the end gives the last page: the deepest offset a visitor can reach.
    "last page": "/en/participants/?page=9999",
}


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--authorities", type=int, default=100_000)
    parser.add_argument("--participants", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=2013)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from alliance.authorities.models import Authority

    call_command("migrate", verbosity=0)
    if Authority.objects.count() < args.authorities:
        started = time.perf_counter()
        call_command(
            "create_volume",
            authorities=args.authorities,
            participants=args.participants,
            seed=args.seed,
        )
        print(f"create_volume: {time.perf_counter() - started:.1f} s")
    setup_test_environment()
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{connection.vendor}: {Authority.objects.count()} authorities, median of {args.runs} runs")
    # A yardstick for the machine: on an idle core of a recent computer this takes about 15 ms.
    started = time.perf_counter()
    sum(range(10**6))
    print(
        f"  (yardstick: sum(range(10**6)) took {(time.perf_counter() - started) * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f})"
    )
    over = False
    for label, url in PAGES.items():
        for _ in range(3):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        timings = []
        for _ in range(args.runs):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        median = statistics.median(timings)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        sql_ms = sum(float(query["time"]) for query in queries.captured_queries) * 1000
        over |= median > BUDGET_MS
        verdict = "ok" if median <= BUDGET_MS else "OVER BUDGET"
        print(
            f"  {label:14} {median:7.1f} ms  (min {min(timings):.1f}, max {max(timings):.1f}; "
            f"{len(queries.captured_queries)} queries, {sql_ms:.0f} ms of SQL)  {verdict}  {url}"
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
