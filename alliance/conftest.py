"""Personas and browser fixtures shared by every app's tests. Defined once, used everywhere."""

import datetime
import json
import os
import socket
import threading
from pathlib import Path
from urllib.parse import urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from django.contrib.auth.models import Group, Permission

ROOT = Path(__file__).resolve().parent.parent
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "screenshots"


# ---------------------------------------------------------------- every test


def pytest_configure(config):
    """Passwords are hashed with MD5 in tests, as Django's own suite does: the production hasher
    costs a good part of a second for each persona and each sign-in. Servers the tests start in
    other processes keep the real one."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_cache_and_language(request, django_db_blocker):
    """Each test starts with empty caches (cached figures, Wagtail's entries) and in English: a
    request under /fr/ leaves French active in the thread. The database's cache table (the default
    one) is emptied with the test's transaction, or explicitly after a test that commits."""
    from django.utils import translation

    _clear_caches(request, django_db_blocker, database_too=False)
    translation.activate("en")
    yield
    translation.deactivate()
    _clear_caches(request, django_db_blocker, database_too=True)


def _clear_caches(request, django_db_blocker, database_too):
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache

    marker = request.node.get_closest_marker("django_db")
    commits = bool({"transactional_db", "live_server"} & set(request.fixturenames)) or bool(
        marker and marker.kwargs.get("transaction")
    )
    for cache in caches.all():
        if not isinstance(cache, DatabaseCache):
            cache.clear()
        elif database_too and commits:
            with django_db_blocker.unblock():
                cache.clear()


# ---------------------------------------------------------------- personas


def _member_of(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username, f"{username}@secretariat.example.org", "correct horse battery staple"
    )
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def moderator(db, django_user_model):
    """Reviews applications, signatures and good practices."""
    return _member_of(django_user_model, "moderator", "Moderators")


@pytest.fixture
def editor(db, django_user_model):
    """Publishes pages and news."""
    return _member_of(django_user_model, "editor", "Editors")


@pytest.fixture
def administrator(db, django_user_model):
    """Manages users and everything else."""
    return django_user_model.objects.create_superuser(
        "administrator", "administrator@secretariat.example.org", "correct horse battery staple"
    )


@pytest.fixture
def outsider(db, django_user_model):
    """Has an account but no role in the back office."""
    return django_user_model.objects.create_user(
        "outsider", "outsider@example.org", "correct horse battery staple"
    )


@pytest.fixture
def wagtail_root(db):
    """Wagtail's root page, root collection and default locale, as its migrations create them. A
    browser test runs outside a transaction and the database is emptied after it, so the next test
    must put them back. Returns the root page."""
    from wagtail.models import Collection, Locale, Page

    english, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return root


@pytest.fixture
def countries(db):
    """The registry's countries as `load_demo` makes them (Council of Europe member states and the
    few others of the Alliance's history, named in English and French), by ISO code."""
    from alliance.authorities.countries import ensure_countries
    from alliance.authorities.models import Country

    ensure_countries()
    return {country.code: country for country in Country.objects.all()}


class Quiet:
    """An output that says nothing: demo loaders write their progress to it in tests."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


@pytest.fixture
def site_shell(wagtail_root):
    """The demo site's shell (home pages in both languages, terminology note, settings)."""
    from django.core.management import call_command

    from alliance.site import demo

    demo.load(Quiet())
    call_command("compile_translations", verbosity=0)


# ---------------------------------------------------------------- news


@pytest.fixture
def index_at_once(settings):
    """In production the task worker updates the search index (Wagtail enqueues an indexing task
    on every save); here it is updated at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def news_indexes(site_shell):
    """(English index at /en/news/, French index at /fr/news/), both published."""
    from wagtail.models import Locale

    from alliance.news.models import NewsIndexPage
    from alliance.site.models import HomePage

    home_en = HomePage.objects.get(locale__language_code="en")
    index_en = home_en.add_child(
        instance=NewsIndexPage(title="News", slug="news", introduction="What the Alliance does.")
    )
    index_en.save_revision().publish()
    index_fr = index_en.copy_for_translation(Locale.objects.get(language_code="fr"))
    index_fr.title = "Actualités"
    index_fr.introduction = "Ce que fait l'Alliance."
    index_fr.save_revision().publish()
    return index_en, index_fr


@pytest.fixture
def publish_article(news_indexes):
    """publish_article(title, title_fr=None, **fields) -> (english, french or None), both live."""
    from alliance.news.models import NewsArticlePage

    def publish(title, title_fr=None, date=datetime.date(2017, 3, 29), authorities=(), tags=(), **fields):
        index_en, index_fr = news_indexes
        fields.setdefault("standfirst", f"About {title}.")
        fields.setdefault("body", f"<p>{title}.</p>")
        article = index_en.add_child(instance=NewsArticlePage(title=title, date=date, **fields))
        article.authorities.set(authorities)
        if tags:
            article.tags.set(list(tags))
        article.save()
        article.save_revision().publish()
        french = None
        if title_fr:
            french = article.copy_for_translation(index_fr.locale)
            french.title = title_fr
            french.standfirst = f"À propos : {title_fr}."
            french.body = f"<p>{title_fr}.</p>"
            french.save_revision().publish()
        return article, french

    return publish


# ---------------------------------------------------------------- browser (marked e2e)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class _ThreadingWSGIServer(WSGIServer):
    daemon_threads = True

    def process_request(self, request, client_address):
        thread = threading.Thread(target=self._handle, args=(request, client_address), daemon=True)
        thread.start()

    def _handle(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        finally:
            self.shutdown_request(request)


@pytest.fixture
def live_site(transactional_db, site_shell, settings):
    """The whole site (static files included) served on a free local port for the browser.

    The server's threads must see the test's data, so the test runs outside a transaction (and
    `site_shell` puts back Wagtail's root page that the emptying of the database removed)."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.wsgi import get_wsgi_application

    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    settings.DEBUG = False
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = make_server(
        "127.0.0.1", port, StaticFilesHandler(get_wsgi_application()), _ThreadingWSGIServer, _QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in the test thread; Django would then refuse
    # the database calls of the tests themselves (set-up, flush) unless told they are safe here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A tab under the site's real Content Security Policy. The test fails if the page breaks the
    policy or throws a JavaScript error, so what works here works for visitors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems = []
    tab.on("console", lambda message: message.type == "error" and problems.append(message.text))
    tab.on("pageerror", lambda error: problems.append(str(error)))
    yield tab
    context.close()
    blocked = [
        text
        for text in problems
        if "Content Security Policy" in text or "Uncaught" in text or "Error" in text
    ]
    assert blocked == [], f"the page broke its security policy or threw errors: {blocked}"


@pytest.fixture
def axe_check():
    """axe_check(page) runs axe-core (WCAG 2.2 A and AA) on the page and fails on any violation."""
    if not AXE_PATH.exists():
        raise RuntimeError(
            "axe-core is missing: run `bash scripts/browser.sh ensure` (make test-browser does)"
        )
    source = AXE_PATH.read_text()

    def check(tab, label=""):
        # After a click that navigates, the new page's elements may be there before its stylesheet
        # applies: axe would judge an unstyled page (touch targets, contrast).
        tab.wait_for_load_state("load")
        # Served from the page's own origin, so the site's strict CSP (no inline script) stays on.
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(tab.url))
        tab.route(
            f"{origin}/__axe-core.js",
            lambda route: route.fulfill(body=source, content_type="text/javascript"),
        )
        tab.add_script_tag(url=f"{origin}/__axe-core.js")
        result = tab.evaluate(
            """async () => await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
        )
        violations = [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]
        assert violations == [], (
            f"axe-core violations on {label or tab.url}:\n{json.dumps(violations, indent=2)}"
        )

    return check


@pytest.fixture
def screenshot():
    """screenshot(page, name) saves a full-page PNG under var/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(tab, name):
        path = SCREENSHOTS / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return take
