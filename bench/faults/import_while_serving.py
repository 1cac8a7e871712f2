"""A long registry import while the site serves: do public forms, rate limits and the periodic jobs
keep working? (README, "Caching and coherence"; `alliance/core/spreadsheets.py`, `in_batches`.)

On a SQLite database of its own (the embedded default, where one transaction holds the write lock
of the whole file), with gunicorn as `make run` serves it:

1. writes a registry spreadsheet of N authorities in `create_volume`'s style (every tenth with an
   accession number and a date joined);
2. runs `manage.py import_authorities FILE --commit` and, while it runs, a few clients that send
   the contact form (a write: the rate limit's count, the message, its email in the outbox) and
   read the counter API, and the periodic jobs (`run_periodic --once`) every few seconds;
3. prints the import's duration, p50/p99/max of the form and the counter, errors, whether the
   rate limit went on counting (the form is refused from the 11th message an hour from one
   address), and the periodic rounds that failed.

    .venv/bin/python bench/faults/import_while_serving.py --rows 300000 --port 8100
    .venv/bin/python bench/faults/import_while_serving.py --rows 300000 --one-transaction   # before

`--one-transaction` runs the same import as one transaction (how imports wrote before batches),
for comparison. Bounded: the clients stop when the import ends or after --max-seconds.
"""

import argparse
import csv
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SYLLABLES = ["ka", "ro", "vi", "na", "le", "mo", "tra", "sel", "do", "bra", "ni", "zo", "ve", "lu"]
ONE_TRANSACTION = """
import sys
from alliance.core import spreadsheets
spreadsheets.BATCH_ROWS = 10**9
spreadsheets.BATCH_SECONDS = 10**9
from django.core.management import execute_from_command_line
execute_from_command_line(["manage.py", *sys.argv[1:]])
"""


def environment(database):
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "alliance.settings",
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-secret-key-0123456789-0123456789-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STAFF_2FA_REQUIRED": "0",
        "FORM_PROTECTION": "0",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args, script=None):
    command = [PYTHON, "-c", script, *args] if script else [PYTHON, "manage.py", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)


def write_registry(path, rows, seed):
    rng = random.Random(seed)
    countries = [
        "AL",
        "AT",
        "BE",
        "BG",
        "CZ",
        "DE",
        "ES",
        "FR",
        "GR",
        "HR",
        "HU",
        "IT",
        "MK",
        "RO",
        "RS",
        "SK",
        "TR",
        "UA",
    ]
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "name",
                "country",
                "level",
                "population",
                "latitude",
                "longitude",
                "accession number",
                "joined on",
            ]
        )
        for number in range(rows):
            stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
            accession, joined = ("", "")
            if number % 10 == 0:
                accession, joined = (
                    1000 + number // 10,
                    f"20{rng.randint(13, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                )
            writer.writerow(
                [
                    f"Import {stem} {number}",
                    rng.choice(countries),
                    rng.choice(["local", "regional"]),
                    rng.randint(800, 900_000),
                    round(rng.uniform(36, 66), 4),
                    round(rng.uniform(-9, 40), 4),
                    accession,
                    joined,
                ]
            )


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


class Clients:
    def __init__(self, base, stop):
        self.base, self.stop = base, stop
        self.form, self.counter, self.errors, self.refused_at = [], [], [], []
        self.form_statuses = {}
        self.lock = threading.Lock()

    def contact(self, address):
        session = requests.Session()
        sent = 0
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                page = session.get(f"{self.base}/en/contact/", timeout=60)
                token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
                answer = session.post(
                    f"{self.base}/en/contact/",
                    data={
                        "csrfmiddlewaretoken": token,
                        "name": "Bench Visitor",
                        "email": f"bench{sent}@example.org",
                        "subject": "Import while serving",
                        "message": "Does the site keep answering?",
                        "consent": "on",
                    },
                    headers={"Referer": f"{self.base}/en/contact/", "X-Forwarded-For": address},
                    timeout=60,
                )
                elapsed = time.monotonic() - started
                sent += 1
                with self.lock:
                    self.form.append(elapsed)
                    self.form_statuses[answer.status_code] = self.form_statuses.get(answer.status_code, 0) + 1
                    if answer.status_code >= 500:
                        self.errors.append(("contact", answer.status_code))
                    elif "Too many attempts" in answer.text:
                        self.refused_at.append(sent)
            except Exception as error:  # noqa: BLE001 - a bench counts failures, it does not stop
                with self.lock:
                    self.errors.append(("contact", type(error).__name__))
            time.sleep(0.2)

    def read_counter(self):
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                answer = requests.get(f"{self.base}/api/v1/counters", timeout=60)
                with self.lock:
                    self.counter.append(time.monotonic() - started)
                    if answer.status_code >= 500:
                        self.errors.append(("counter", answer.status_code))
            except Exception as error:  # noqa: BLE001
                with self.lock:
                    self.errors.append(("counter", type(error).__name__))
            time.sleep(0.05)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--seed", type=int, default=2013)
    parser.add_argument("--max-seconds", type=int, default=900)
    parser.add_argument("--one-transaction", action="store_true")
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="alliance-import-bench-"))
    database = folder / "bench.sqlite3"
    env = environment(database)
    print(f"Database {database}; migrating...", flush=True)
    for args in (("migrate", "--noinput", "-v", "0"), ("createcachetable",), ("load_demo", "-v", "0")):
        result = manage(env, *args)
        if result.returncode:
            sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    registry = folder / "registry.csv"
    write_registry(registry, options.rows, options.seed)
    print(f"{options.rows:,} rows in {registry} ({registry.stat().st_size // 1024 // 1024} MB).", flush=True)

    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{options.port}"],
        cwd=ROOT,
        env={**env, "TRUSTED_PROXY_COUNT": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{options.port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if requests.get(f"{base}/api/v1/counters", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                sys.exit("gunicorn did not start")
            time.sleep(0.5)

        stop = threading.Event()
        clients = Clients(base, stop)
        threads = [threading.Thread(target=clients.contact, args=(f"192.0.2.{n}",)) for n in range(1, 3)]
        threads += [threading.Thread(target=clients.read_counter) for _ in range(2)]
        periodic = []

        def periodic_loop():
            while not stop.is_set():
                started = time.monotonic()
                result = manage(env, "run_periodic", "--once", "-v", "0")
                failed = result.returncode != 0 or "failed" in result.stderr
                periodic.append((time.monotonic() - started, failed, result.stderr[-300:]))
                stop.wait(5)

        threads.append(threading.Thread(target=periodic_loop))
        print("Importing while serving...", flush=True)
        started = time.monotonic()
        importer = subprocess.Popen(
            [PYTHON, "-c", ONE_TRANSACTION, "import_authorities", str(registry), "--commit", "-v", "0"]
            if options.one_transaction
            else [PYTHON, "manage.py", "import_authorities", str(registry), "--commit", "-v", "0"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for thread in threads:
            thread.start()
        try:
            out, err = importer.communicate(timeout=options.max_seconds)
        except subprocess.TimeoutExpired:
            importer.kill()
            out, err = importer.communicate()
        import_seconds = time.monotonic() - started
        stop.set()
        for thread in threads:
            thread.join(120)
    finally:
        server.terminate()
        server.wait(30)

    mode = "one transaction" if options.one_transaction else "batches"
    print()
    print(f"Import of {options.rows:,} rows ({mode}): {import_seconds:.1f} s, exit {importer.returncode}")
    print(f"  {(out.strip().splitlines() or [''])[-1]}{err.strip()[-300:]}")
    for name, values in (("contact form (GET + POST)", clients.form), ("counter API", clients.counter)):
        print(
            f"{name}: {len(values)} requests, p50 {statistics.median(values) * 1000:.0f} ms, "
            f"p99 {percentile(values, 0.99) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"
            if values
            else f"{name}: no request completed"
        )
    print(f"errors (5xx or none): {len(clients.errors)} {clients.errors[:5]}")
    print(f"contact form answers by status: {dict(sorted(clients.form_statuses.items()))} (302: sent)")
    first_refusals = sorted(set(clients.refused_at))[:2]
    print(
        f"rate limit: refusals from message {first_refusals[0] if first_refusals else '-'} of each address "
        f"({len(clients.refused_at)} refused; the limit is 10 an hour)"
    )
    failed = [entry for entry in periodic if entry[1]]
    print(
        f"periodic rounds: {len(periodic)}, failed {len(failed)}, longest {max((e[0] for e in periodic), default=0):.1f} s"
    )
    for entry in failed[:3]:
        print(f"  {entry[2]}")


if __name__ == "__main__":
    main()
