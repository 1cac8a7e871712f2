"""Sending a news item to 10,000 subscribers while the public pages keep answering.

Run: .venv/bin/python bench/subscriptions/send.py [--subscribers 10000] [--workers 2] [--seconds 600]
Needs PostgreSQL on 127.0.0.1 and wrk (apt-get install -y wrk). On a database of its own
(alliance_subscriptions_bench): migrations and the demo site, N confirmed subscribers, gunicorn
on 127.0.0.1:8766, a local SMTP server (aiosmtpd) that counts what it receives, and task workers
(`manage.py run_tasks`) sending through it. It publishes a news article through Wagtail, then
measures the time until every subscriber's email was accepted by the SMTP server, with wrk on the
home page and the news list meanwhile (p99). Checks that each subscriber got exactly one email.
Goal: 10,000 sent within 600 s, pages at p99 under 1 s.
"""

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = str(ROOT / ".venv/bin/python")
DB = os.environ.get("BENCH_DB", "alliance_subscriptions_bench")
PORT = int(os.environ.get("BENCH_PORT", "8766"))
SMTP_PORT = int(os.environ.get("BENCH_SMTP_PORT", "8767"))
OUT = ROOT / "var/bench/subscriptions"

SETUP = """
from django.utils import timezone
from alliance.subscriptions.models import Subscription
Subscription.objects.all().delete()
now = timezone.now() - timezone.timedelta(days=1)
Subscription.objects.bulk_create(
    [Subscription(email=f"reader{n}@example.org", state="confirmed", confirmed_at=now,
                  follows_news=True, language="en") for n in range(SUBSCRIBERS)],
    batch_size=2000,
)
"""

PUBLISH = """
from django.utils import timezone
from alliance.news.models import NewsArticlePage, NewsIndexPage
index = NewsIndexPage.objects.get(locale__language_code="en")
page = index.add_child(instance=NewsArticlePage(title="Bench {stamp}: a new participant",
    slug="bench-{stamp}", date=timezone.localdate(), standfirst="A city joins the Alliance.",
    body="<p>A city joins the Alliance.</p>"))
page.save_revision().publish()
"""


def env():
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB}",
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{PORT}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "EMAIL_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "LOG_LEVEL": "WARNING",
        "DATABASE_CONN_MAX_AGE": "60",
    }


def manage(*args, code=None):
    command = [PY, "manage.py", *args] + (["-c", code] if code else [])
    subprocess.run(command, cwd=ROOT, env=env(), check=True, stdout=subprocess.DEVNULL)


def psql(sql, database=DB):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-tAc", sql],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def sent_count():
    return int(
        psql(
            "select count(*) from core_outboundemail where template='subscriptions/emails/item' and status='sent'"
        )
        or 0
    )


def wrk(seconds, results):
    for path in ("/en/", "/en/news/"):
        output = subprocess.run(
            ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{PORT}{path}"],
            capture_output=True,
            text=True,
        ).stdout
        p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
        value = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)] if p99 else None
        rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        results.append((path, value, rate.group(1) if rate else "?", non2xx.group(1) if non2xx else "0"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscribers", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=600)
    options = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DB], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DB], check=True)
    manage("migrate", "--no-input", "-v", "0")
    manage("collectstatic", "--no-input", "-v", "0")
    manage("load_demo")
    manage("shell", code=SETUP.replace("SUBSCRIBERS", str(options.subscribers)))
    processes = []
    try:
        smtp = subprocess.Popen(
            [PY, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{SMTP_PORT}"]
        )
        processes.append(smtp)
        log = open(OUT / "processes.log", "w")  # noqa: SIM115 - closed with the processes
        processes.append(
            subprocess.Popen(
                [
                    str(ROOT / ".venv/bin/gunicorn"),
                    "alliance.wsgi",
                    "--bind",
                    f"127.0.0.1:{PORT}",
                    "--workers",
                    "2",
                    "--worker-class",
                    "gthread",
                    "--threads",
                    "4",
                    "--log-level",
                    "warning",
                ],
                cwd=ROOT,
                env=env(),
                stdout=log,
                stderr=log,
            )
        )
        for number in range(options.workers):
            processes.append(
                subprocess.Popen(
                    [
                        PY,
                        "manage.py",
                        "run_tasks",
                        "--queue-name",
                        "*",
                        "--worker-id",
                        f"bench-{number}",
                        "-v",
                        "0",
                    ],
                    cwd=ROOT,
                    env=env(),
                    stdout=log,
                    stderr=log,
                )
            )
        for _ in range(60):
            if (
                subprocess.run(["curl", "-fsS", "-o", "/dev/null", f"http://127.0.0.1:{PORT}/en/"]).returncode
                == 0
            ):
                break
            time.sleep(1)
        started = time.monotonic()
        manage("shell", code=PUBLISH.replace("{stamp}", str(int(time.time()))))
        results = []
        load = threading.Thread(target=wrk, args=(30, results))
        load.start()
        done_at = None
        while time.monotonic() - started < options.seconds:
            if sent_count() >= options.subscribers:
                done_at = time.monotonic() - started
                break
            time.sleep(2)
        load.join()
        sent = sent_count()
        copies = psql(
            "select count(*) from (select \"to\" from core_outboundemail where template='subscriptions/emails/item'"
            ' group by "to" having count(*) > 1) twice'
        )
        print(f"subscribers: {options.subscribers}, task workers: {options.workers}")
        print(f"sent: {sent}; addresses written to twice: {copies}")
        print(
            f"time until the last email was accepted by the SMTP server: {done_at:.1f} s"
            if done_at
            else f"not all sent within {options.seconds} s"
        )
        print("| path (while sending) | p99 | req/s | non-2xx |")
        print("| --- | --- | --- | --- |")
        for path, p99, rate, non2xx in results:
            print(
                f"| {path} | {p99:.0f} ms | {rate} | {non2xx} |"
                if p99 is not None
                else f"| {path} | ? | {rate} | {non2xx} |"
            )
        ok = (
            done_at is not None
            and copies == "0"
            and all(p99 is not None and p99 < 1000 for _, p99, _, _ in results)
        )
        print("SEND: PASS" if ok else "SEND: FAIL")
        return 0 if ok else 1
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
