"""The task worker: django-tasks-db's `db_worker`, made to outlive database outages.

django-tasks-db's own loop ends at the first error of the database that is not a lock (a restart
of PostgreSQL is enough), leaving emails and index updates waiting until someone starts it again.
This one runs the same claim-and-run cycle one step at a time under `keep_alive`: an outage makes it
wait and retry, with growing pauses, and it resumes where it stopped. It writes a heartbeat for
/healthz, and takes back the task it was running if it died or lost the database mid-task (a task
whose result could not be recorded), so that nothing waits forever in "running".

Its worker id is stable (the host's name, unless --worker-id says otherwise): a worker restarted by
its supervisor recognises the task its predecessor left running and puts it back in the queue. Two
workers on one host need two ids.
"""

import logging
import random
import socket
import time

from django.core.exceptions import SuspiciousOperation
from django.db import close_old_connections
from django_tasks.base import TaskResultStatus
from django_tasks_db.compat import TaskContext, task_finished, task_started
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from alliance.core.processes import DATABASE_DOWN, TASK_WORKER, Pulse, keep_alive

logger = logging.getLogger("alliance.tasks")


class SteadyWorker(Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.pulse = Pulse(TASK_WORKER)
        self.resumed = False

    def take_back_unfinished(self):
        """Put back in the queue the tasks this worker id left in "running" (it runs one at a time,
        so any such task belongs to a process that died or lost the database while running it)."""
        for result in DBTaskResult.objects.running().filter(backend_name=self.backend_name):
            if result.worker_ids and result.worker_ids[-1] == self.worker_id:
                DBTaskResult.objects.filter(pk=result.pk, status=result.status).update(
                    status=TaskResultStatus.READY, started_at=None
                )
                logger.warning("task %s (%s) was left running: queued again", result.pk, result.task_path)

    def step(self):
        """One turn of the loop: claim a ready task and run it, or wait. False when the worker stops."""
        if not self.running:
            return False
        close_old_connections()
        if not self.resumed:
            self.take_back_unfinished()
            self.resumed = True
        self.pulse()
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        task_result = None
        with exclusive_transaction(tasks.db):
            try:
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
            except DATABASE_DOWN as error:
                if not is_locked_database_exception(error):
                    raise
        if task_result is not None:
            self.run_task(task_result)
        elif self.batch:
            return False
        if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
            return False
        close_old_connections()
        if self.running and task_result is None:
            time.sleep(self.interval)
        return self.running

    def run_task(self, db_task_result):
        """Run one claimed task and record its result, as django-tasks-db does, except when the
        database goes away meanwhile: then neither success nor failure is recorded, the error
        reaches `keep_alive`, and the task, still "running" under this worker's id, is queued
        again once the database answers (a task that fails because the database is down is not
        a failed task)."""
        try:
            self.running_task = True
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            if task.takes_context:
                value = task.call(
                    TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs
                )
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            db_task_result.set_successful(value)
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except DATABASE_DOWN:
            self.resumed = False
            raise
        except BaseException as error:  # noqa: BLE001 - recorded as the task's failure, as upstream does
            db_task_result.set_failed(error)
            try:
                sender = type(db_task_result.task.get_backend())
                task_result = db_task_result.task_result
            except (ImportError, SuspiciousOperation):
                logger.exception("Task id=%s failed unexpectedly", db_task_result.id)
            else:
                task_finished.send(sender=sender, task_result=task_result)
        finally:
            self.running_task = False
            self._run_tasks += 1

    def run(self):
        logger.info("Starting task worker %s (queues %s)", self.worker_id, ",".join(self.queue_names))
        if self.startup_delay and self.interval:
            time.sleep(random.random())  # noqa: S311 - spreads workers started together
        keep_alive(f"task worker {self.worker_id}", self.step, log=logger)


class Command(DatabaseWorkerCommand):
    help = "Run the task worker (emails, imports, index updates); it outlives database outages."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=f"{socket.gethostname()}-tasks"[:64], reload=False)

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        max_tasks,
        worker_id,
        exclude_queues,
        **options,
    ):
        self.configure_logging(verbosity)
        worker = SteadyWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        worker.configure_signals()
        worker.run()
