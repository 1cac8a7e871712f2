"""Every table a migration watches keeps its generation triggers once all migrations have run.

SQLite rebuilds a table to add or alter a column, and the table's triggers go with the old one: a
later migration that forgets `WatchTableAgain` would silently make figures stale on the embedded
default. This test names the table that lost its triggers.
"""

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from alliance.core.triggers import EVENTS, WatchTable

pytestmark = pytest.mark.django_db


def watched_tables():
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    watched = {}
    for migration in loader.graph.nodes.values():
        for operation in migration.operations:
            if isinstance(operation, WatchTable):
                watched[operation.table] = operation
    return watched


def triggers_in_database():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        return {name for (name,) in cursor.fetchall()}


def test_the_registry_and_the_signatures_are_watched():
    assert {"participants_participation", "authorities_authority", "declaration_signature"} <= set(
        watched_tables()
    )


def test_every_watched_table_still_has_its_triggers_after_all_migrations():
    present = triggers_in_database()
    missing = [
        operation.trigger_name(event)
        for operation in watched_tables().values()
        for event in EVENTS
        if operation.trigger_name(event) not in present
    ]
    assert missing == []
