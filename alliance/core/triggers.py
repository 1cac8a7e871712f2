"""Database triggers that bump a `Generation` whenever a watched table changes.

A trigger sees every write, including those that send no Django signal: `queryset.update()`,
`bulk_create`, raw SQL, another program. It runs in the writer's transaction, so the new generation
becomes visible exactly when the change does, and a change that rolls back takes its bump with it.

Used in migrations: `WatchTable("participants_participation", ["registry"])`, with an optional
condition on the changed rows, written once for SQLite (`NEW.x` / `OLD.x`) and PostgreSQL (a
statement trigger with transition tables, so that updating a million rows bumps once).
SQLite triggers are per row; the UPSERT they run is a few microseconds.
"""

from django.db import migrations
from django.db.migrations.operations.base import Operation

SQLITE_UPSERT = (
    "INSERT INTO core_generation (domain, number, nonce) VALUES ('{domain}', 1, random()) "
    "ON CONFLICT (domain) DO UPDATE SET number = core_generation.number + 1, nonce = excluded.nonce;"
)

POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION alliance_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    involved boolean := true;
BEGIN
    -- TG_ARGV[0]: domains separated by commas; TG_ARGV[1]: a condition on the changed rows, or ''.
    IF TG_NARGS > 1 AND TG_ARGV[1] <> '' AND TG_OP <> 'TRUNCATE' THEN
        IF TG_OP = 'INSERT' THEN
            EXECUTE 'SELECT EXISTS (SELECT 1 FROM new_rows WHERE ' || TG_ARGV[1] || ')' INTO involved;
        ELSIF TG_OP = 'DELETE' THEN
            EXECUTE 'SELECT EXISTS (SELECT 1 FROM old_rows WHERE ' || TG_ARGV[1] || ')' INTO involved;
        ELSE
            EXECUTE 'SELECT EXISTS (SELECT 1 FROM new_rows WHERE ' || TG_ARGV[1] || ') '
                 || 'OR EXISTS (SELECT 1 FROM old_rows WHERE ' || TG_ARGV[1] || ')' INTO involved;
        END IF;
    END IF;
    IF involved THEN
        INSERT INTO core_generation (domain, number, nonce)
        SELECT unnest(string_to_array(TG_ARGV[0], ',')), 1, floor(random() * 9.2e18)::bigint
        ON CONFLICT (domain) DO UPDATE
            SET number = core_generation.number + 1, nonce = excluded.nonce;
    END IF;
    RETURN NULL;
END
$$;
"""

EVENTS = ("insert", "update", "delete")


class CreateGenerationFunction(migrations.RunSQL):
    """The PostgreSQL function every watch trigger calls (nothing to create on SQLite)."""

    def __init__(self):
        super().__init__(POSTGRES_FUNCTION, "DROP FUNCTION IF EXISTS alliance_bump_generation() CASCADE;")

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return "Create the function that bumps a generation"


class WatchTable(Operation):
    """Bump `domains` on every insert, update and delete of `table` (where `condition` holds for a
    changed row, if given; the condition names the row's columns without a prefix)."""

    reversible = True
    reduces_to_sql = True

    def __init__(self, table, domains, condition=""):
        self.table = table
        self.domains = list(domains)
        self.condition = condition

    def deconstruct(self):
        kwargs = {"condition": self.condition} if self.condition else {}
        return self.__class__.__qualname__, [self.table, self.domains], kwargs

    def state_forwards(self, app_label, state):
        pass

    def describe(self):
        return f"Bump the generations {', '.join(self.domains)} on every change to {self.table}"

    def trigger_name(self, event):
        return f"{self.table}_{event}_bumps_generation"

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        vendor = schema_editor.connection.vendor
        for event in EVENTS:
            if vendor == "sqlite":
                schema_editor.execute(self._sqlite(event))
            elif vendor == "postgresql":
                schema_editor.execute(self._postgres(event))
            else:
                raise NotImplementedError(f"no generation triggers for {vendor}")
        if vendor == "postgresql":
            schema_editor.execute(
                f"CREATE TRIGGER {self.trigger_name('truncate')} AFTER TRUNCATE ON {self.table} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION alliance_bump_generation('{','.join(self.domains)}')"
            )

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        vendor = schema_editor.connection.vendor
        events = EVENTS + (("truncate",) if vendor == "postgresql" else ())
        for event in events:
            on_table = f" ON {self.table}" if vendor == "postgresql" else ""
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {self.trigger_name(event)}{on_table}")

    def _sqlite(self, event):
        when = ""
        if self.condition:
            rows = {"insert": ["NEW"], "update": ["OLD", "NEW"], "delete": ["OLD"]}[event]
            when = "WHEN " + " OR ".join(f"({self._prefixed(self.condition, row)})" for row in rows)
        body = " ".join(SQLITE_UPSERT.format(domain=domain) for domain in self.domains)
        return (
            f"CREATE TRIGGER {self.trigger_name(event)} AFTER {event.upper()} ON {self.table} "
            f"FOR EACH ROW {when} BEGIN {body} END"
        )

    def _postgres(self, event):
        referencing = {
            "insert": "REFERENCING NEW TABLE AS new_rows",
            "update": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
            "delete": "REFERENCING OLD TABLE AS old_rows",
        }[event]
        condition = self.condition.replace("'", "''")
        return (
            f"CREATE TRIGGER {self.trigger_name(event)} AFTER {event.upper()} ON {self.table} "
            f"{referencing} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION alliance_bump_generation('{','.join(self.domains)}', '{condition}')"
        )

    @staticmethod
    def _prefixed(condition, row):
        # Conditions are simple comparisons written for this purpose: "status = 'verified'".
        column, _, rest = condition.partition(" ")
        return f"{row}.{column} {rest}"


class WatchTableAgain(WatchTable):
    """The triggers of a watched table, put back after SQLite rebuilt the table (it does to add or
    alter a column, and the triggers go with the old table). PostgreSQL keeps its triggers.

    Place it on both sides of the operation that rebuilds the table, so that the triggers are
    back whichever way the migration runs.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "sqlite":
            for event in EVENTS:
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {self.trigger_name(event)}")
                schema_editor.execute(self._sqlite(event))

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        self.database_forwards(app_label, schema_editor, from_state, to_state)

    def describe(self):
        return f"Put back the generation triggers of {self.table} after SQLite rebuilt it"
