"""What every long-running process (the task worker, the periodic loop) does to stay alive.

A database outage, short or long, must not end such a process: it catches the database's errors
at the level of its loop, closes the broken connection, waits a little longer each time (up to
`Backoff.ceiling` seconds) and carries on where it stopped. Each process also writes a heartbeat,
a row in the database that every node's /healthz reads, so that a process that is gone or stuck
shows as such wherever the operator looks.
"""

import logging
import os
import socket
import time

from django.db import InterfaceError, OperationalError, connections
from django.utils import timezone

logger = logging.getLogger(__name__)

# What a database that went away raises: a refused or dropped connection, a server shutting down.
DATABASE_DOWN = (OperationalError, InterfaceError)

TASK_WORKER = "task-worker"
PERIODIC_LOOP = "periodic-loop"


def drop_connections():
    """Close every database connection of this thread, broken or not, so that the next query opens
    a new one. Closing a connection the server already dropped may itself fail: that is expected."""
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DATABASE_DOWN:
            pass
        # Whatever state the broken connection left behind (an aborted atomic block) goes with it.
        connection.connection = None
        connection.needs_rollback = False
        connection.in_atomic_block = False
        connection.savepoint_ids = []


class Backoff:
    """Waits that grow from `first` to `ceiling` seconds while failures go on; `reset()` after a success."""

    def __init__(self, first=1.0, ceiling=10.0, sleep=None):
        self.first = first
        self.ceiling = ceiling
        self.next = first
        self._sleep = sleep

    def wait(self):
        delay = self.next
        self.next = min(self.next * 2, self.ceiling)
        (self._sleep or time.sleep)(delay)
        return delay

    def reset(self):
        self.next = self.first


def heartbeat_name(kind):
    """One row per process kind and host: two task workers on two machines each have their own."""
    return f"{kind}@{socket.gethostname()}"[:100]


def beat(kind):
    """Record that the process of this `kind` is alive now (raises the database's error if it is down)."""
    from alliance.core.models import Heartbeat

    Heartbeat.objects.update_or_create(
        name=heartbeat_name(kind),
        defaults={"beat_at": timezone.now(), "host": socket.gethostname()[:255], "pid": os.getpid()},
    )


class Pulse:
    """Writes the heartbeat of `kind` at most once every `every` seconds, from inside a loop."""

    def __init__(self, kind, every=15.0, clock=time.monotonic):
        self.kind = kind
        self.every = every
        self._clock = clock
        self._last = None

    def __call__(self):
        now = self._clock()
        if self._last is None or now - self._last >= self.every:
            beat(self.kind)
            self._last = now


def keep_alive(name, step, *, backoff=None, log=logger):
    """Run `step()` until it returns False, surviving database outages.

    When `step` raises one of the database's errors, the connection is dropped and the step runs
    again after a growing wait; one warning is logged when the outage starts and one when it ends.
    Any other exception is not ours to hide and ends the process (its supervisor restarts it).
    """
    backoff = backoff or Backoff()
    down_since = None
    while True:
        try:
            carry_on = step()
        except DATABASE_DOWN as error:
            if down_since is None:
                down_since = time.monotonic()
                log.warning("%s: the database is unavailable (%s); retrying", name, str(error).strip())
            drop_connections()
            backoff.wait()
            continue
        if down_since is not None:
            log.warning("%s: the database answers again after %.0f s", name, time.monotonic() - down_since)
            down_since = None
            backoff.reset()
        if carry_on is False:
            return
