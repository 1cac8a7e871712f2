"""`make run` runs every long-running process under supervisord: the task worker killed with
SIGKILL is running again within 30 s, /healthz sees its heartbeat, the operator's metrics answer on
their own address, and Ctrl-C stops everything."""

import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import requests

from .processes import ROOT, environment, manage


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def poll(condition, seconds, message):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(message)


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_supervised_stack_restarts_a_killed_task_worker_and_stops_on_ctrl_c(tmp_path):
    env = environment(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    manage(env, "migrate", "--no-input", "-v", "0")
    # As `make run` prepares it: the static files' manifest that a site with DEBUG off reads (a
    # fresh clone has none until then, and every page naming a static file would fail).
    subprocess.run(
        [
            "bash",
            "-c",
            "source scripts/local-env.sh && exec .venv/bin/python manage.py collectstatic --no-input -v 0",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=600,
    )
    port, metrics_port = free_port(), free_port()
    supervisor_dir = tmp_path / "run"
    env.update(SUPERVISOR_DIR=str(supervisor_dir), METRICS_PORT=str(metrics_port))
    env.update(PROMETHEUS_MULTIPROC_DIR=str(tmp_path / "metrics"), LOG_LEVEL="WARNING")
    stack = subprocess.Popen(  # what `make run` runs once the site is set up
        ["bash", "scripts/serve.sh", "127.0.0.1", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output = []
    reader = threading.Thread(target=lambda: output.extend(stack.stdout), daemon=True)
    reader.start()  # the processes' console: read as it comes, so that no write ever blocks
    site = f"http://127.0.0.1:{port}"
    ctl = [str(ROOT / ".venv/bin/supervisorctl"), "-c", str(supervisor_dir / "supervisord.conf")]

    def worker_pid():
        result = subprocess.run([*ctl, "pid", "tasks"], capture_output=True, text=True, cwd=ROOT)
        return int(result.stdout) if result.stdout.strip().isdigit() and int(result.stdout) > 0 else None

    def health():
        try:
            answer = requests.get(f"{site}/healthz", timeout=10)
        except requests.RequestException:
            return None
        return answer.json() if answer.status_code == 200 else None

    try:
        report = poll(
            lambda: (h := health()) and h["parts"]["task_worker"]["status"] == "ok" and h,
            120,
            "the site or its task worker did not start",
        )
        assert set(report["parts"]) == {"database", "cache", "outbox", "task_worker", "periodic_loop"}

        first = worker_pid()
        assert first
        os.kill(first, signal.SIGKILL)
        killed_at = time.monotonic()
        second = poll(
            lambda: (pid := worker_pid()) and pid != first and alive(pid) and pid, 30, "no new worker"
        )
        assert time.monotonic() - killed_at < 30
        with open(f"/proc/{second}/cmdline", "rb") as cmdline:
            assert b"run_tasks" in cmdline.read()

        # The operator's metrics: on 127.0.0.1 and their own port, never on the site's.
        metrics = requests.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=30).text
        assert "alliance_http_requests_total{" in metrics
        assert "alliance_database_up 1.0" in metrics
        assert requests.get(f"{site}/metrics", timeout=10).status_code == 404

        pids = [first, second]
        for name in ("web", "periodic"):
            out = subprocess.run([*ctl, "pid", name], capture_output=True, text=True, cwd=ROOT).stdout
            pids.append(int(out))
        stack.send_signal(signal.SIGINT)  # Ctrl-C
        stack.wait(60)
        assert poll(lambda: not any(alive(pid) for pid in pids[1:]), 30, "a process outlived Ctrl-C")
        reader.join(10)
        output = "".join(output)
        assert f"The Alliance platform is running on {site}/" in output
        assert "Demo administrator" in output
    finally:
        if stack.poll() is None:
            os.killpg(stack.pid, signal.SIGKILL)
        Path(supervisor_dir / "supervisor.sock").unlink(missing_ok=True)
