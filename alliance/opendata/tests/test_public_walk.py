"""Rules that hold on every public address, checked by walking the whole demo site."""

import pytest
from django.core.management import call_command

from .walk import personal_values, walk

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(settings):
    call_command("load_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)


@pytest.fixture
def pages(demo_site, client):
    return walk(client)


def test_the_walk_reaches_every_section(pages):
    reached = {url.split("?")[0] for url, (status, _, _) in pages.items() if status == 200}
    for address in ("/en/", "/fr/", "/en/participants/", "/fr/participants/"):
        assert address in reached
    assert len(reached) > 40


def test_no_public_address_fails(pages):
    failures = {url: status for url, (status, _, _) in pages.items() if status >= 500}
    assert failures == {}


def test_no_link_on_the_site_is_broken(pages):
    broken = {url: status for url, (status, _, _) in pages.items() if status == 404}
    assert broken == {}


def test_no_personal_data_reaches_a_public_output(pages):
    private = personal_values()
    assert len(private) >= 5, "the demo data should hold personal data for this test to mean something"
    leaks = [
        (url, value)
        for url, (_, _, text) in pages.items()
        for value in private
        if value.lower() in text.lower()
    ]
    assert leaks == []
