"""The task worker and the periodic loop outlive database outages, resume their work and write
heartbeats; nothing they were doing when the database went away is lost."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError, transaction
from django_tasks_db.models import DBTaskResult

from alliance.core import processes
from alliance.core.mail import queue_email
from alliance.core.models import Heartbeat, OutboundEmail


class FakeSleep:
    def __init__(self):
        self.waits = []

    def __call__(self, seconds):
        self.waits.append(seconds)


@pytest.fixture
def slept(monkeypatch):
    """The loops' pauses, recorded instead of slept; the test's connection is kept (a real outage
    closes it, but here it holds the test's transaction)."""
    sleep = FakeSleep()
    monkeypatch.setattr(processes.time, "sleep", sleep)
    monkeypatch.setattr(processes, "drop_connections", lambda: None)
    return sleep.waits


def outage(times, then):
    """A callable that fails like a database that is down `times` times, then calls `then`."""
    calls = {"n": 0}

    def call(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] <= times:
            raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")
        return then(*args, **kwargs)

    return call


def test_keep_alive_waits_longer_each_time_then_carries_on(slept, caplog):
    steps = []
    step = outage(7, lambda: steps.append("done") or False)

    processes.keep_alive("a loop", step)

    assert steps == ["done"]
    assert slept == [1, 2, 4, 8, 10, 10, 10]  # growing, up to the ceiling
    messages = [record.getMessage() for record in caplog.records]
    assert sum("unavailable" in message for message in messages) == 1  # said once, not every retry
    assert any("answers again" in message for message in messages)


def test_keep_alive_lets_other_errors_end_the_process(slept):
    def step():
        raise ValueError("a bug, not an outage")

    with pytest.raises(ValueError):
        processes.keep_alive("a loop", step)


def test_drop_connections_leaves_a_usable_connection(transactional_db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    processes.drop_connections()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


@pytest.mark.django_db
def test_the_periodic_loop_waits_for_the_database_then_runs_its_round(slept, monkeypatch):
    from alliance.site.management.commands import run_periodic

    monkeypatch.setattr(run_periodic, "beat", outage(3, processes.beat))
    out = io.StringIO()

    call_command("run_periodic", "--once", stdout=out)

    from alliance.site.management.commands.run_periodic import JOBS

    assert f"Ran {len(JOBS)} periodic job(s)" in out.getvalue()
    assert slept == [1, 2, 4]
    beat = Heartbeat.objects.get()
    assert beat.name.startswith("periodic-loop@")


@pytest.mark.django_db
def test_a_job_that_loses_the_database_does_not_stop_the_others(slept, monkeypatch):
    from alliance.site.management.commands import run_periodic

    real_call_command = run_periodic.call_command
    ran = []

    def call(job, **kwargs):
        ran.append(job)
        if job == "publish_scheduled":
            raise OperationalError("server closed the connection unexpectedly")
        return real_call_command(job, **kwargs)

    monkeypatch.setattr(run_periodic, "call_command", call)
    call_command("run_periodic", "--once", stdout=io.StringIO())
    assert ran == run_periodic.JOBS


@pytest.fixture
def worker(django_capture_on_commit_callbacks, monkeypatch, slept):
    """`manage.py run_tasks --batch`: runs every due task, then stops (inside the test's transaction)."""
    from alliance.core.management.commands import run_tasks

    monkeypatch.setattr(run_tasks, "close_old_connections", lambda: None)

    def run():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("run_tasks", batch=True, startup_delay=False, interval=0, verbosity=0)

    return run


def queue_message(capture):
    with capture(execute=True):
        with transaction.atomic():
            return queue_email(
                "mayor@korce.example.al",
                "core/emails/test-message",
                {"address": "mayor@korce.example.al", "note": ""},
                "en",
            )


@pytest.mark.django_db
def test_the_worker_sends_the_email_whose_result_it_could_not_record(
    worker, django_capture_on_commit_callbacks, monkeypatch
):
    email = queue_message(django_capture_on_commit_callbacks)
    # The database goes away just as the worker records the task's success.
    monkeypatch.setattr(DBTaskResult, "set_successful", outage(1, DBTaskResult.set_successful))

    worker()

    task = DBTaskResult.objects.get()
    assert task.status == "SUCCESSFUL"  # taken back, run again, recorded
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert len(mail.outbox) == 1  # the second run found it sent: not sent twice
    assert Heartbeat.objects.filter(name__startswith="task-worker@").exists()


@pytest.mark.django_db
def test_the_worker_outlives_an_outage_while_looking_for_work(
    worker, django_capture_on_commit_callbacks, monkeypatch, slept
):
    email = queue_message(django_capture_on_commit_callbacks)
    monkeypatch.setattr(DBTaskResult.objects, "ready", outage(4, DBTaskResult.objects.ready))

    worker()

    assert slept == [1, 2, 4, 8]
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT


@pytest.mark.django_db
def test_a_worker_restarted_after_a_kill_takes_back_the_task_left_running(
    worker, django_capture_on_commit_callbacks
):
    import socket

    email = queue_message(django_capture_on_commit_callbacks)
    task = DBTaskResult.objects.get()
    task.claim(f"{socket.gethostname()}-tasks"[:64])  # then the process was killed (kill -9)
    DBTaskResult.objects.filter(pk=task.pk).update(worker_ids=["another-host-tasks", task.worker_ids[-1]])

    worker()

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
