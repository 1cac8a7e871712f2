"""Median render time of the home page, in process (no network), over N requests.

    .venv/bin/python bench/home_render.py [--requests 100] [--language en]

Uses the database the settings point at (run `make run` or `manage.py load_demo` first, or set
DATABASE_URL). The first request warms caches and is not counted.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--path", default="/en/")
    args = parser.parse_args()

    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    first = client.get(args.path)
    if first.status_code != 200:
        sys.exit(f"{args.path} answered {first.status_code}; load the demo site first")
    timings, cpu = [], []
    for _ in range(args.requests):
        start, start_cpu = time.perf_counter(), time.thread_time()
        response = client.get(args.path)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    timings.sort()
    # The CPU time of the rendering thread depends little on what else the machine is doing; the
    # wall-clock figures include waiting for a core (and for the database, a file or a server).
    print(
        f"{args.path}: {args.requests} requests, median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms, max {timings[-1]:.1f} ms; "
        f"CPU median {statistics.median(cpu):.1f} ms"
    )


if __name__ == "__main__":
    main()
