"""Every door that takes a password is throttled. The test walks every address the site resolves,
fetches each as a visitor, and for every page that shows a password field sends that form wrong
passwords until it must refuse: a new door cannot appear unthrottled."""

import re
from html import unescape

import pytest
from django.test import Client
from django.urls import get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, URLResolver
from django.utils import translation
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from alliance.core.sign_in import FREE_FAILURES
from alliance.site.models import StandardPage

pytestmark = pytest.mark.django_db

PASSWORD_FIELD = re.compile(r"<input\b[^>]*\btype=[\"']?password\b", re.IGNORECASE)
FORM = re.compile(r"<form\b(?P<attrs>[^>]*)>(?P<body>.*?)</form>", re.IGNORECASE | re.DOTALL)
INPUT = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"([\w-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")


@pytest.fixture
def restricted(site_shell, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    home = Page.objects.get(depth=2, locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(title="Working group", slug="working-group", body="<p>Notes</p>")
    )
    page_restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="the shared page password"
    )
    collection = Collection.get_first_root_node().add_child(name="Working group files")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="the shared files password",
    )
    return {
        "page_view_restriction_id": page_restriction.pk,
        "page_id": page.pk,
        "restriction_id": collection_restriction.pk,
    }


def _value(name, converter, known):
    if name in known:
        return str(known[name])
    return "1" if converter in ("int", r"\d+") else "x"


def _sample(pattern, known):
    """An address the pattern resolves, with `known` values for its parameters; None if unsure."""
    text = str(pattern)
    if isinstance(pattern, RegexPattern):
        text = text.removeprefix("^").removesuffix("$")
        text = re.sub(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", lambda m: _value(m.group(1), "", known), text)
        text = text.replace(r"(\d+)", "1").replace("(.*)", "x").replace(".*", "x")
        text = text.replace(r"((?:[\w\-]+/)*)", "").replace(r"\.", ".")
        return None if re.search(r"[\\()\[\]*+?|^$]", text) else text
    return re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: _value(m.group(2), m.group(1) or "str", known), text)


def every_address(known, language):
    """(address, pattern) for every pattern of the site, in `language` (the active one)."""

    def walk(patterns, prefixes):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if isinstance(pattern.pattern, LocalePrefixPattern):
                    heads = [f"{language}/"]
                else:
                    head = _sample(pattern.pattern, known)
                    if head is None:
                        continue
                    heads = [head]
                yield from walk(pattern.url_patterns, [p + h for p in prefixes for h in heads])
                continue
            tail = _sample(pattern.pattern, known)
            if tail is not None:
                for prefix in prefixes:
                    yield "/" + prefix + tail, pattern

    yield from walk(get_resolver().url_patterns, [""])


def password_form(html):
    for form in FORM.finditer(html):
        if PASSWORD_FIELD.search(form.group("body")):
            return form
    return None


def wrong_answers(form, path):
    """The form's fields as a visitor would send them, every password wrong; and where to send it."""
    attributes = dict(
        (key.lower(), value.strip("\"'")) for key, value in ATTRIBUTE.findall(form.group("attrs"))
    )
    data = {}
    for field in INPUT.findall(form.group("body")):
        found = {key.lower(): unescape(value.strip("\"'")) for key, value in ATTRIBUTE.findall(field)}
        name, kind = found.get("name"), found.get("type", "text").lower()
        if not name or kind in ("submit", "button", "checkbox", "radio", "file"):
            continue
        if kind == "password":
            data[name] = "not the password"
        elif kind == "hidden":
            data[name] = found.get("value", "")
        else:
            data[name] = "someone@example.org"
    return unescape(attributes.get("action") or path), data


def _answers(address, pattern):
    """True when `pattern` is the one that answers `address` (an earlier one may take it)."""
    try:
        return resolve(address).func is pattern.callback
    except Resolver404:
        return False


def test_every_page_with_a_password_field_is_a_throttled_door(restricted):
    visitor = Client(raise_request_exception=False)
    doors = {}
    for language in ("en", "fr"):
        with translation.override(language):
            addresses = [
                address
                for address, pattern in every_address(restricted, language)
                if _answers(address, pattern)
            ]
        for address in addresses:
            if address in doors:
                continue
            response = visitor.get(address)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            form = password_form(response.content.decode(errors="replace"))
            if form is not None:
                doors[address] = wrong_answers(form, address)

    expected = {
        "/admin/login/",
        "/en/focal-point/login/",
        "/fr/focal-point/login/",
        f"/en/_util/authenticate_with_password/{restricted['page_view_restriction_id']}/{restricted['page_id']}/",
        f"/documents/authenticate_with_password/{restricted['restriction_id']}/",
    }
    assert expected <= set(doors), f"the walk missed known doors: {expected - set(doors)}"

    unthrottled = []
    for number, (address, (action, data)) in enumerate(sorted(doors.items()), start=1):
        # Each door from its own address: what one door's guesses cost must not hide another's.
        guesser = Client(raise_request_exception=False, REMOTE_ADDR=f"198.51.100.{number}")
        statuses = [guesser.post(action, data).status_code for _attempt in range(FREE_FAILURES + 1)]
        if statuses[-1] != 429 or 429 in statuses[:FREE_FAILURES]:
            unthrottled.append((address, statuses))
    assert unthrottled == [], f"doors that take passwords without a throttle: {unthrottled}"


def test_wagtails_front_end_sign_in_is_the_back_offices(client):
    for language in ("en", "fr"):
        response = client.get(f"/{language}/_util/login/?next=/{language}/working-group/")
        assert response.status_code == 302
        assert response["Location"] == f"/admin/login/?next=/{language}/working-group/"


def test_wagtails_front_end_sign_in_takes_no_password(client, editor):
    response = client.post(
        "/en/_util/login/", {"username": "editor", "password": "correct horse battery staple"}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (302, 405)


def test_the_shared_password_of_a_page_opens_it_and_wrong_guesses_make_the_address_wait(client, restricted):
    path = f"/en/_util/authenticate_with_password/{restricted['page_view_restriction_id']}/{restricted['page_id']}/"
    for _attempt in range(FREE_FAILURES):
        assert client.post(path, {"password": "guess", "return_url": "/en/working-group/"}).status_code == 200
    refused = client.post(path, {"password": "the shared page password", "return_url": "/en/working-group/"})
    assert refused.status_code == 429
    assert "Too many wrong passwords" in refused.text
    other = Client(REMOTE_ADDR="192.0.2.7")
    opened = other.post(path, {"password": "the shared page password", "return_url": "/en/working-group/"})
    assert opened.status_code == 302
    assert other.get("/en/working-group/").status_code == 200
