"""The fault drill: the two-node cluster behind the caching proxy, under a load of real requests
(signatures of the Declaration, public pages), through each fault in turn, bounded in time; then a
table: fault, 5xx seen, acknowledged, stored, lost, time to recover.

    .venv/bin/python bench/faults/drill.py            # every fault (about 10 minutes once set up)
    .venv/bin/python bench/faults/drill.py --only redis,worker

It runs everything it breaks itself, on ports of its own (knobs below): its own PostgreSQL instance
(scripts/pg-instance.sh, data in var/drill/pg) and its own Redis (var/drill/redis); the machine's
shared servers are never touched. The cluster runs with the Declaration benchmark's settings (no
anti-robot check, rate limits raised: every request comes from 127.0.0.1).

A signature counts as acknowledged when the site answered with its "check your email" redirect;
stored when its row is in the database afterwards; lost = acknowledged but not stored. "5xx seen"
counts every 5xx answer through the proxy, "of which 503" the planned "try again" answers; every
other public page is also asked of a node directly, past the proxy's cache, and its 5xx other than
503 are counted apart (what the cache would hide from visitors, but not from the next cache miss).
Time to recover: from the end of the fault (the dependency back, the process killed or resumed)
until what it broke works again (the check named in the table's last column).

Knobs (environment): DRILL_PORTS ("8401 8402"), DRILL_PROXY_PORT (8480), DRILL_PG_PORT (5436),
DRILL_REDIS_PORT (6391), DRILL_METRICS_PORT (8490), DRILL_SIGNERS (4), DRILL_READERS (4),
DRILL_IMPORT_ROWS (20000), DRILL_IMPORT_SECONDS (600: the import is stopped then), DRILL_KEEP=1 (leave the cluster running at the end), DRILL_DIR
(var/drill), DRILL_PG_DIR, DRILL_CLUSTER_DIR, DRILL_DB (alliance_drill), DRILL_PG_BACKUP_REPO.
"""

import argparse
import csv
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
VAR = Path(os.environ.get("DRILL_DIR") or ROOT / "var" / "drill")
PG_DIR = Path(os.environ.get("DRILL_PG_DIR") or VAR / "pg")
CLUSTER_DIR = Path(os.environ.get("DRILL_CLUSTER_DIR") or VAR / "cluster")
PORTS = os.environ.get("DRILL_PORTS", "8401 8402").split()
PROXY_PORT = int(os.environ.get("DRILL_PROXY_PORT", "8480"))
PG_PORT = int(os.environ.get("DRILL_PG_PORT", "5436"))
REDIS_PORT = int(os.environ.get("DRILL_REDIS_PORT", "6391"))
METRICS_PORT = os.environ.get("DRILL_METRICS_PORT", "8490")
SIGNERS = int(os.environ.get("DRILL_SIGNERS", "4"))
READERS = int(os.environ.get("DRILL_READERS", "4"))
IMPORT_ROWS = int(os.environ.get("DRILL_IMPORT_ROWS", "20000"))
IMPORT_BOUND = int(os.environ.get("DRILL_IMPORT_SECONDS", "600"))
DATABASE = os.environ.get("DRILL_DB", "alliance_drill")
PROXY = f"http://127.0.0.1:{PROXY_PORT}"
NODES = [f"http://127.0.0.1:{port}" for port in PORTS]
PUBLIC_PAGES = [
    "/en/",
    "/fr/",
    "/en/declaration/signatories/",
    "/en/news/",
    "/en/participants/",
    "/api/v1/counters",
    "/en/search/?q=roma",
    "/sitemap.xml",
    "/en/news/feed/rss/",
]
REQUEST_TIMEOUT = 10

ENV = {
    **os.environ,
    "PG_INSTANCE_DIR": str(PG_DIR),
    "PG_INSTANCE_PORT": str(PG_PORT),
    "PG_BACKUP_REPO": os.environ.get("DRILL_PG_BACKUP_REPO") or str(VAR / "pgbackrest"),
    "CLUSTER_DIR": str(CLUSTER_DIR),
    "CLUSTER_PORTS": " ".join(PORTS),
    "CLUSTER_DB": DATABASE,
    "CLUSTER_REDIS_DB": "0",
    "REDIS_PORT": str(REDIS_PORT),
    "METRICS_PORT": METRICS_PORT,
    "PROXY_PORT": str(PROXY_PORT),
    "PROXY_DIR": str(VAR / "proxy"),
    "PROXY_UPSTREAMS": " ".join(f"127.0.0.1:{port}" for port in PORTS),
    "SITE_URL": PROXY,
    "SITE_URL_OVERRIDE": PROXY,
    "TRUSTED_PROXY_COUNT": "1",
    "DJANGO_SETTINGS_MODULE": "bench_settings",
    "PYTHONPATH": f"{ROOT / 'bench' / 'declaration'}:{ROOT}",
    "LOG_LEVEL": "WARNING",
}
PSQL = ["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", DATABASE, "-tAq"]
PG_BIN = (
    sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1] if Path("/usr/lib/postgresql").exists() else None
)


def run(*command, check=True, quiet=True, timeout=900):
    result = subprocess.run(
        command, cwd=ROOT, env=ENV, capture_output=quiet, text=True, timeout=timeout, check=False
    )
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout if quiet else ""


def sql(query):
    return run(*PSQL, "-c", query).strip()


def as_owner(*command):
    return ("runuser", "-u", "postgres", "--", *command) if os.geteuid() == 0 else command


def supervisorctl(*args):
    return run(".venv/bin/supervisorctl", "-c", str(CLUSTER_DIR / "supervisord.conf"), *args, check=False)


def pid_of(program):
    out = supervisorctl("pid", program).strip()
    return int(out) if out.isdigit() and int(out) > 0 else None


# ---- load ---------------------------------------------------------------------------------------


class Load:
    """Signers and readers through the proxy until stopped; every answer is recorded."""

    def __init__(self, tag):
        self.tag = tag
        self.stop = threading.Event()
        self.statuses = Counter()
        self.node_statuses = Counter()  # public pages asked of a node directly, past the proxy's cache
        self.acknowledged = set()
        self.latencies = []
        self.lock = threading.Lock()
        self.threads = []
        self.country = sql("SELECT id FROM authorities_country WHERE code = 'FR'")

    def record(self, status, seconds, node=None):
        with self.lock:
            if node is None:
                self.statuses[status] += 1
                self.latencies.append(seconds)
            else:
                self.node_statuses[status] += 1

    def request(self, session, method, path, node=None, **kwargs):
        started = time.monotonic()
        try:
            response = session.request(
                method, (node or PROXY) + path, timeout=REQUEST_TIMEOUT, allow_redirects=False, **kwargs
            )
            status = response.status_code
        except requests.RequestException:
            response, status = None, 0  # no answer in time: counted as "no answer"
        self.record(status, time.monotonic() - started, node)
        return response

    def signer(self, number):
        session = requests.Session()
        token = ""
        n = 0
        while not self.stop.is_set():
            if not token:
                page = self.request(session, "GET", "/en/declaration/sign/")
                found = page is not None and re.search(
                    r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text
                )
                if not found:
                    time.sleep(0.5)
                    continue
                token = found.group(1)
            n += 1
            email = f"{self.tag}-{number}-{n}@drill.example.org"
            answer = self.request(
                session,
                "POST",
                "/en/declaration/sign/",
                data={
                    "csrfmiddlewaretoken": token,
                    "signer_name": f"Drill Signer {self.tag} {number} {n}",
                    "office": "Mayor",
                    "authority_name": f"Drill town {number}-{n}",
                    "country": self.country,
                    "level": "local",
                    "capacity": "authority",
                    "email": email,
                    "show_name": "on",
                    "elected": "on",
                },
                headers={"Referer": f"{PROXY}/en/declaration/sign/"},
            )
            # Acknowledged: the redirect to the "check your email" page (a refusal shows the form again).
            if (
                answer is not None
                and answer.status_code in (302, 303)
                and not answer.headers.get("Location", "").endswith("/declaration/sign/")
            ):
                with self.lock:
                    self.acknowledged.add(email)
            elif answer is None or answer.status_code >= 500:
                time.sleep(0.2)

    def reader(self, number):
        session = requests.Session()
        i = number
        while not self.stop.is_set():
            self.request(session, "GET", PUBLIC_PAGES[i % len(PUBLIC_PAGES)])
            # Every other page also straight from a node: what the proxy's cache would hide.
            if i % 2:
                self.request(session, "GET", PUBLIC_PAGES[i % len(PUBLIC_PAGES)], node=NODES[i % len(NODES)])
            i += 1

    def __enter__(self):
        for number in range(SIGNERS):
            self.threads.append(threading.Thread(target=self.signer, args=(number,), daemon=True))
        for number in range(READERS):
            self.threads.append(threading.Thread(target=self.reader, args=(number,), daemon=True))
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(REQUEST_TIMEOUT + 5)

    def p99_ms(self):
        values = sorted(self.latencies)
        return round(values[int(len(values) * 0.99) - 1] * 1000) if values else 0


def stored(tag):
    # The drill's own tags and kinds: letters and digits only.
    emails = sql(f"SELECT email FROM declaration_signature WHERE email LIKE '{tag}-%@drill.example.org'")  # noqa: S608
    return set(emails.split()) if emails else set()


def wait_for(condition, seconds):
    """Seconds until `condition()` holds (polling), or None if it did not within `seconds`."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        try:
            if condition():
                return round(time.monotonic() - started, 1)
        except Exception:  # noqa: BLE001, S110 - not yet
            pass
        time.sleep(0.25)
    return None


def healthy(url=PROXY, part=None):
    answer = requests.get(f"{url}/healthz", timeout=5)
    if answer.status_code != 200:
        return False
    return part is None or answer.json()["parts"][part]["status"] == "ok"


def all_nodes_serve():
    return (
        all(healthy(node) for node in NODES) and requests.get(f"{PROXY}/en/declaration/sign/", timeout=5).ok
    )


def fresh_heartbeat(kind, since):
    """The process `kind` wrote a heartbeat after `since` (epoch seconds)."""
    value = sql(
        f"SELECT count(*) FROM core_heartbeat WHERE name LIKE '{kind}@%' AND beat_at > to_timestamp({since})"  # noqa: S608
    )
    return value == "1" or (value.isdigit() and int(value) > 0)


# ---- the faults ---------------------------------------------------------------------------------


def pg_stop():
    run(*as_owner(str(PG_BIN / "pg_ctl"), "-D", str(PG_DIR / "data"), "-m", "fast", "-w", "stop"))


def pg_start():
    run(
        *as_owner(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(PG_DIR / "data"),
            "-l",
            str(PG_DIR / "log" / "postgresql.log"),
            "-w",
            "start",
        )
    )


def redis_cli(*args):
    return run("redis-cli", "-p", str(REDIS_PORT), *args, check=False)


def redis_start():
    (VAR / "redis").mkdir(parents=True, exist_ok=True)
    run(
        "redis-server",
        "--bind",
        "127.0.0.1",
        "--port",
        str(REDIS_PORT),
        "--dir",
        str(VAR / "redis"),
        "--daemonize",
        "yes",
        "--pidfile",
        str(VAR / "redis" / "redis.pid"),
        "--logfile",
        str(VAR / "redis" / "redis.log"),
        "--save",
        "",
        "--appendonly",
        "no",
    )
    wait_for(lambda: "PONG" in redis_cli("ping"), 20)


def fault_redis():
    redis_cli("shutdown", "nosave")
    time.sleep(20)
    redis_start()
    return wait_for(
        lambda: healthy(PROXY, "cache") and all_nodes_serve(), 120
    ), "cache ok on /healthz, nodes serve"


def database_outage(seconds):
    def fault():
        pg_stop()
        time.sleep(seconds)
        pg_start()
        back = time.time()
        waited = wait_for(
            lambda: (
                all_nodes_serve()
                and fresh_heartbeat("task-worker", back)
                and pid_of("worker")
                and pid_of("periodic")
            ),
            180,
        )
        return waited, "nodes serve, task worker beats again"

    return fault


def fault_node_killed():
    pid = pid_of("node1")
    os.kill(pid, signal.SIGKILL)
    for child in subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split():
        os.kill(int(child), signal.SIGKILL)
    return wait_for(
        lambda: pid_of("node1") not in (None, pid) and healthy(NODES[0]), 120
    ), "node 1 restarted, serves"


def fault_node_hung():
    pid = pid_of("node1")
    group = [
        pid,
        *map(int, subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()),
    ]
    for member in group:
        os.kill(member, signal.SIGSTOP)
    time.sleep(15)
    for member in group:
        os.kill(member, signal.SIGCONT)
    return wait_for(lambda: healthy(NODES[0]), 120), "node 1 answers again"


def fault_worker_killed():
    pid = pid_of("worker")
    killed = time.time()
    os.kill(pid, signal.SIGKILL)
    restarted = wait_for(lambda: pid_of("worker") not in (None, pid), 60)
    beats = wait_for(lambda: fresh_heartbeat("task-worker", killed), 240)
    if beats is not None and restarted is not None:
        beats = round(beats + restarted, 1)
    return beats, f"new task worker beats (its process was running again after {restarted} s)"


def fault_long_import():
    path = VAR / "import.csv"
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "country", "level"])
        for n in range(IMPORT_ROWS):
            writer.writerow([f"Drill municipality {uuid.uuid4().hex[:10]} {n}", "FR", "local"])
    started = time.monotonic()
    importer = subprocess.Popen(
        [".venv/bin/python", "manage.py", "import_authorities", str(path), "--commit"],
        cwd=ROOT,
        env={**ENV, **cluster_env()},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        code = importer.wait(IMPORT_BOUND)
        note = f"import of {IMPORT_ROWS} rows took {round(time.monotonic() - started, 1)} s (exit {code})"
    except subprocess.TimeoutExpired:
        importer.kill()
        importer.wait()
        note = f"import of {IMPORT_ROWS} rows not finished after {IMPORT_BOUND} s: stopped"
    return wait_for(all_nodes_serve, 60), note


FAULTS = {
    "redis": ("Redis stopped 20 s", fault_redis),
    "db5": ("PostgreSQL down 5 s", database_outage(5)),
    "db60": ("PostgreSQL down 60 s", database_outage(60)),
    "node": ("node killed (kill -9)", fault_node_killed),
    "hung": ("node hung (SIGSTOP 15 s)", fault_node_hung),
    "worker": ("task worker killed (kill -9)", fault_worker_killed),
    "import": ("long import", fault_long_import),
}


# ---- set-up, the run, the table ----------------------------------------------------------------


def cluster_env():
    values = {}
    env_file = CLUSTER_DIR / "env"
    if env_file.exists():
        for line in env_file.read_text().splitlines():
            name, _, value = line.partition("=")
            values[name] = value
    return values


def set_up():
    VAR.mkdir(parents=True, exist_ok=True)
    if "PONG" not in redis_cli("ping"):
        redis_start()
    print("Starting the cluster (own PostgreSQL on", PG_PORT, ", Redis on", REDIS_PORT, ") ...", flush=True)
    run("bash", "scripts/cluster.sh", "start", quiet=False, timeout=1800)
    run("bash", "scripts/proxy.sh", "start", quiet=False)
    if wait_for(all_nodes_serve, 120) is None:
        raise SystemExit("the cluster does not serve")


def tear_down():
    run("bash", "scripts/proxy.sh", "stop", check=False)
    run("bash", "scripts/cluster.sh", "stop", check=False)
    redis_cli("shutdown", "nosave")
    run("bash", "scripts/pg-instance.sh", "stop", check=False)


def drill(key):
    name, fault = FAULTS[key]
    tag = f"{key}{uuid.uuid4().hex[:6]}"
    print(f"-- {name} ...", flush=True)
    with Load(tag) as load:
        time.sleep(5)
        recovered, check = fault()
        time.sleep(5)
    # Emails and rows that were acknowledged are in the database once it answers.
    wait_for(lambda: healthy(NODES[0]), 60)
    kept = stored(tag)
    fives = sum(count for status, count in load.statuses.items() if status >= 500)
    return {
        "fault": name,
        "requests": sum(load.statuses.values()),
        "5xx": fives,
        "node 5xx": sum(
            count for status, count in load.node_statuses.items() if status >= 500 and status != 503
        ),
        "503": load.statuses.get(503, 0),
        "no answer": load.statuses.get(0, 0),
        "acknowledged": len(load.acknowledged),
        "stored": len(kept),
        "lost": len(load.acknowledged - kept),
        "recover": "not within bound" if recovered is None else f"{recovered} s",
        "p99": load.p99_ms(),
        "check": check,
        "other": {
            status: count
            for status, count in sorted(load.statuses.items())
            if status >= 500 and status != 503
        },
    }


def table(rows):
    columns = [
        ("fault", "fault"),
        ("requests", "requests"),
        ("5xx", "5xx seen"),
        ("503", "of which 503"),
        ("no answer", "no answer"),
        ("node 5xx", "non-503 5xx at nodes (uncached reads)"),
        ("acknowledged", "acknowledged"),
        ("stored", "stored"),
        ("lost", "lost"),
        ("recover", "time to recover"),
        ("p99", "p99 ms"),
        ("check", "recovered when"),
    ]
    lines = ["| " + " | ".join(title for _, title in columns) + " |", "|" + " --- |" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(str(row[key]) for key, _ in columns) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated faults: " + ",".join(FAULTS))
    parser.add_argument("--no-setup", action="store_true", help="the cluster already runs")
    options = parser.parse_args()
    keys = options.only.split(",") if options.only else list(FAULTS)
    if not options.no_setup:
        set_up()
    rows = []
    try:
        for key in keys:
            try:
                rows.append(drill(key))
            except Exception as error:  # noqa: BLE001 - the table says which fault could not be drilled
                print(f"{FAULTS[key][0]}: the drill itself failed: {error!r}", flush=True)
                continue
            print(table(rows[-1:]).splitlines()[-1], flush=True)
            time.sleep(3)
    finally:
        if os.environ.get("DRILL_KEEP") != "1":
            tear_down()
    print()
    print(table(rows))
    for row in rows:
        if row["other"]:
            print(f"{row['fault']}: 5xx other than 503: {row['other']}")
    (VAR / "results.md").write_text(table(rows) + "\n")
    return 0 if all(row["lost"] == 0 for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
