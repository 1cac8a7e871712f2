"""Cached figures that are right on the very next request, whichever process answers.

Each family of published figures comes from a few tables, watched by database triggers that bump a
`Generation` row in the same transaction as the change (see `core/triggers.py`). A figure is cached
under a key that holds the generations of the domains it depends on, so that a change, whoever
makes it, gives new keys at once: a stale entry is never read again, in any process or on any node,
and simply expires. Entries are therefore immutable, which lets two layers hold them safely:

- the process's own memory (the "local" cache): no round trip for a figure read again and again;
- the cache shared by every process (Redis through CACHE_URL, else the database's cache table):
  a figure computed by one process, or warmed by the one that made the change, serves the others.

The generations are read in one query, at most once per request (`GenerationsMiddleware`), and again
after this request itself writes. Outside a request (the task worker, commands) they are read each
time, so a long-lived process never keeps an old one.

Domains and the tables that bump them:
    "countries"             authorities_country
    "registry"              authorities_authority, participants_participation
    "signatures"            declaration_signature, when a verified signature is involved
    "declaration-settings"  declaration_declarationsettings
    "events"                events_event
    "pages"                 Wagtail's pages, sites, locales and view restrictions, the news articles,
                            and the site's settings (chosen pages, contact, social links, terminology
                            note): what the layout of every page and the home page's news show
"""

import contextvars
import hashlib
import logging
import re
import secrets

from django.core.cache import caches
from django.db import connection

logger = logging.getLogger(__name__)

DAY = 24 * 3600
DOMAINS = ("countries", "registry", "signatures", "declaration-settings", "events", "pages")
LOCAL = "local"
SHARED = "default"
_MISSING = object()
SAFE_NAME = re.compile(r"[A-Za-z0-9_.:|/=-]{1,120}", re.ASCII)


class _RequestScope:
    values = None


_scope = contextvars.ContextVar("alliance_generations", default=None)


def snapshot():
    """{domain: "number.nonce"} as the database has it now (read once per request)."""
    scope = _scope.get()
    if scope is not None and scope.values is not None:
        return scope.values
    with connection.cursor() as cursor:
        cursor.execute("SELECT domain, number, nonce FROM core_generation")
        values = {
            domain: f"{number}.{nonce & 0xFFFFFFFFFFFFFFFF:x}" for domain, number, nonce in cursor.fetchall()
        }
    if scope is not None:
        scope.values = values
    return values


def version(*domains):
    """The part of a cache key that changes whenever one of `domains` changes."""
    values = snapshot()
    return "/".join(f"{domain}={values.get(domain, '0')}" for domain in domains)


def cached(name, domains, compute, timeout=DAY):
    """The value of `compute()` for the current generations of `domains`, from the fastest layer.

    `name` identifies the figure (add the language or filters that it depends on); a long name, or
    one with characters typed by a visitor, is hashed. A cache that is down never takes a page down: the figure is
    then computed.
    """
    if not SAFE_NAME.fullmatch(name):
        name = hashlib.blake2b(name.encode(), digest_size=16).hexdigest()
    key = f"figures:{name}:{version(*domains)}"
    local = caches[LOCAL]
    value = local.get(key, _MISSING)
    if value is not _MISSING:
        return value
    try:
        value = caches[SHARED].get(key, _MISSING)
    except Exception:  # noqa: BLE001 - an unreachable shared cache costs a recount, never an error
        logger.exception("Shared cache unavailable; figure computed")
        value = _MISSING
    if value is _MISSING:
        value = compute()
        try:
            caches[SHARED].set(key, value, timeout)
        except Exception:  # noqa: BLE001
            logger.exception("Shared cache unavailable; figure not stored")
    local.set(key, value, timeout)
    return value


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE", "COPY", "TRUNCATE", "WITH")
NOT_FIGURES = ("alliance_cache", "core_attemptcount")  # writes that never change a figure


def _forget_on_write(execute, sql, params, many, context):
    # After this request writes, its own next read must see its own change: read the generations
    # again (inside a transaction that is the new, uncommitted one, with a nonce nobody else has).
    scope = _scope.get()
    if scope is not None and scope.values is not None:
        verb = sql.lstrip()[:8].upper()
        if verb.startswith(WRITES) and not any(table in sql for table in NOT_FIGURES):
            scope.values = None
    return execute(sql, params, many, context)


class GenerationsMiddleware:
    """Reads the generations at most once per request (and again after the request writes)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _scope.set(_RequestScope())
        try:
            with connection.execute_wrapper(_forget_on_write):
                return self.get_response(request)
        finally:
            _scope.reset(token)


def ensure_rows(using="default", **kwargs):
    """Give every domain a row with a fresh nonce where it has none (after migrate or a flush), so
    that figures cached for an emptied database are never taken for the new one's."""
    from django.db import connections

    from .models import Generation

    if Generation._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated back before the table existed
    present = set(Generation.objects.using(using).values_list("domain", flat=True))
    Generation.objects.using(using).bulk_create(
        [Generation(domain=domain, number=0, nonce=_nonce()) for domain in DOMAINS if domain not in present],
        ignore_conflicts=True,
    )


def _nonce():
    return secrets.randbits(63)
