"""Subscribers in each state, and the way to read the links their emails carry."""

import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from alliance.core.models import OutboundEmail
from alliance.core.protection import protection_data
from alliance.subscriptions.models import State, Subscription


@pytest.fixture(autouse=True)
def locales(db):
    for code in ("en", "fr"):
        Locale.objects.get_or_create(language_code=code)


@pytest.fixture(autouse=True)
def tasks_at_once(index_at_once):
    """The task worker's work (sending an announcement, each email) done at once, in the test."""


@pytest.fixture
def subscriber(db):
    """subscriber(email, language="en", rhythm="each", topics=("news",), state=confirmed)."""

    def make(email, language="en", rhythm="each", topics=("news",), state=State.CONFIRMED):
        fields = {f"follows_{topic}": True for topic in topics}
        confirmed_at = timezone.now() - timezone.timedelta(days=30) if state == State.CONFIRMED else None
        return Subscription.objects.create(
            email=email, language=language, rhythm=rhythm, state=state, confirmed_at=confirmed_at, **fields
        )

    return make


def subscribe_data(**overrides):
    data = {
        "email": "reader@example.org",
        "topics": ["news", "events"],
        "language": "en",
        "rhythm": "each",
        "consent": "on",
        **protection_data(),
    }
    data.update(overrides)
    return data


def emails_to(address):
    return list(OutboundEmail.objects.filter(to=address).order_by("pk"))


def link_in(email, name):
    """The first address of the site's page `name` ("confirm", "preferences", "leave") in an email."""
    match = re.search(rf"https?://[^\s\"<>]+/subscribe/{name}/[^\s\"<>]+/", email.body_text)
    assert match, f"no {name} link in: {email.body_text}"
    return match.group(0)


def path_of(url):
    return "/" + url.split("/", 3)[3]
