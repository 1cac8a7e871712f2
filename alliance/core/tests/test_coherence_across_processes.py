"""One truth across processes: two real gunicorn servers and management commands on one database.

Each kind of change is made through one process (a server's back office or public form, the shell,
an import command) after both servers have cached what it changes; the very next request to the
other server must show it. Once on the embedded default (a SQLite file, no Redis: the database's
cache table), once on PostgreSQL + Redis (in the PostgreSQL suite).
"""

import subprocess
import uuid

import pytest

from .processes import Server, Visitor, environment, manage

END_ONE_PARTICIPATION = (
    "import datetime; from alliance.participants.models import Participation as P; "
    "first = P.objects.current().order_by('accession_number').values('pk')[:1]; "
    "print(P.objects.filter(pk__in=first).update(left_on=datetime.date.today()))"
)
CONFIRMED_SIGNATURE = (
    "from alliance.authorities.models import Country; from alliance.declaration.models import Signature; "
    "print(Signature.objects.create(signer_name='Vera Testova', email='vera@example.org', show_name=True, "
    "office='Mayor', authority_name='Verifyville', country=Country.objects.get(code='AL'), "
    "status='confirmed').pk)"
)
WARM = [
    "/en/",
    "/fr/",
    "/api/v1/counters",
    "/api/v1/declaration/counters",
    "/en/participants/",
    "/en/declaration/signatories/",
    "/en/declaration/signatories/?q=importville",
    "/en/declaration/signatories/?q=verifyville",
    "/en/declaration/signatories/export.csv",
    "/en/declaration/sign/",
]


def prepare(env):
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "load_demo")


def participants(visitor, server):
    return visitor.json(server, "/api/v1/counters")["participants"]


def signatories(visitor, server):
    return visitor.json(server, "/api/v1/declaration/counters")["signatories"]


def exercise(env, tmp_path):
    """Every kind of change through one process, read through the other."""
    a, b = Server(env, "server A").start(), Server(env, "server B").start()
    try:
        visitor = Visitor()
        for server in (a, b):
            for path in WARM:
                visitor.get(server, path)

        # The counter, changed from the shell with a queryset.update() (no signal).
        before = participants(visitor, b)
        assert manage(env, "shell", "-v", "0", "-c", END_ONE_PARTICIPATION).strip() == "1"
        assert participants(visitor, a) == before - 1
        assert participants(visitor, b) == before - 1
        assert f"<strong>{before - 1}</strong> cities and regions" in visitor.get(b, "/en/").text
        assert f"<strong>{before - 1}</strong> villes et régions" in visitor.get(a, "/fr/").text

        # The public list, its search and its export, changed by an import command.
        count = signatories(visitor, a)
        table = tmp_path / "signatories.csv"
        table.write_text("No.,Country,Municipality/Region,Date\n1,Albania,Importville,2016-05-04\n")
        manage(env, "import_signatories", str(table), "--commit")
        assert signatories(visitor, b) == count + 1
        assert "Importville" in visitor.get(b, "/en/declaration/signatories/?q=importville").text
        assert "Importville" in visitor.get(a, "/en/declaration/signatories/export.csv").text

        # A moderator verifies a signature through server A: server B counts and lists it.
        pk = manage(env, "shell", "-v", "0", "-c", CONFIRMED_SIGNATURE).strip()
        moderator = Visitor()
        moderator.sign_in(a)
        verified = moderator.post_form(a, f"/admin/declaration/review/{pk}/", {"action": "verify"})
        assert verified.status_code == 302
        assert signatories(visitor, b) == count + 2
        assert "Vera Testova" in visitor.get(b, "/en/declaration/signatories/?q=verifyville").text

        # The pause switch, set in the back office through server A, closes the form on server B.
        settings_page = moderator.get(a, "/admin/settings/declaration/declarationsettings/").url
        path = settings_page.removeprefix(a.url)
        paused = moderator.post_form(a, path, {"signing_paused": "on", "ip_retention_days": "90"})
        assert paused.status_code == 302
        assert "Signing is paused" in visitor.get(b, "/en/declaration/sign/").text

        # The contact form's 10 per hour are counted once across both servers, and after a restart.
        message = {"name": "Ana", "email": "", "subject": "Hello", "message": "A question.", "consent": "on"}
        answers = [
            visitor.post_form(server, "/en/contact/", {**message, "email": f"ana{n}@example.org"}).status_code
            for n, server in enumerate([a, b] * 5)
        ]
        assert answers == [302] * 10
        assert visitor.post_form(a, "/en/contact/", {**message, "email": "x@example.org"}).status_code == 429
        b.restart()
        assert visitor.post_form(b, "/en/contact/", {**message, "email": "y@example.org"}).status_code == 429
    finally:
        a.stop()
        b.stop()


def test_a_change_through_any_process_shows_on_the_next_request_to_the_other_embedded(tmp_path):
    env = environment(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    prepare(env)
    exercise(env, tmp_path)


@pytest.mark.postgres
def test_a_change_through_any_process_shows_on_the_next_request_to_the_other_on_postgresql_and_redis(
    tmp_path, settings
):
    import psycopg
    import redis

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.fail("this test runs in the PostgreSQL suite (DATABASE_URL=postgres://...)")
    server = dict(settings.DATABASES["default"])
    name = f"alliance_processes_{uuid.uuid4().hex[:12]}"
    admin = psycopg.connect(
        host=server["HOST"] or "127.0.0.1",
        port=server["PORT"] or 5432,
        user=server["USER"],
        password=server["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    admin.execute(f'CREATE DATABASE "{name}"')
    cache_url = ""
    try:
        url = f"postgres://{server['USER']}{':' + server['PASSWORD'] if server['PASSWORD'] else ''}@" + (
            f"{server['HOST'] or '127.0.0.1'}:{server['PORT'] or 5432}/{name}"
        )
        cache_url = subprocess.run(
            ["bash", "scripts/redis.sh", "url"], capture_output=True, text=True, check=True
        ).stdout.strip()
        env = environment(url, cache_url, key_prefix=f"test-{name}")
        prepare(env)
        exercise(env, tmp_path)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        if cache_url:
            client = redis.Redis.from_url(cache_url)
            keys = list(client.scan_iter(f"test-{name}:*"))
            if keys:
                client.delete(*keys)
