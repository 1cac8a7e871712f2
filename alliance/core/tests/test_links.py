"""Signed links from emails: they carry one row for one purpose, and stop working when they expire."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import RequestFactory

from alliance.core.links import (
    LinkExpired,
    LinkInvalid,
    link_problem_response,
    make_link_token,
    read_link_token,
)

MORNING = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
WEEK = timedelta(days=7)


def test_a_fresh_token_gives_back_its_row():
    assert read_link_token("join-confirm", make_link_token("join-confirm", 42), WEEK) == 42


def test_a_token_can_carry_a_uuid():
    token = make_link_token("join-confirm", "0b6c2f2e-8e0b-4c4e-9f8a-1d2e3f4a5b6c")
    assert read_link_token("join-confirm", token, 3600) == "0b6c2f2e-8e0b-4c4e-9f8a-1d2e3f4a5b6c"


def test_it_is_expired_after_max_age():
    with time_machine.travel(MORNING, tick=False) as clock:
        token = make_link_token("join-confirm", 42)
        clock.shift(WEEK - timedelta(seconds=1))
        assert read_link_token("join-confirm", token, WEEK) == 42
        clock.shift(timedelta(seconds=2))
        with pytest.raises(LinkExpired):
            read_link_token("join-confirm", token, WEEK)


def test_a_tampered_token_is_invalid():
    token = make_link_token("join-confirm", 42)
    forged = token.replace("42:", "43:", 1)
    assert forged != token
    with pytest.raises(LinkInvalid):
        read_link_token("join-confirm", forged, WEEK)
    with pytest.raises(LinkInvalid):
        read_link_token("join-confirm", token[:-2], WEEK)


def test_a_token_for_another_purpose_is_invalid():
    token = make_link_token("join-confirm", 42)
    with pytest.raises(LinkInvalid):
        read_link_token("declaration-confirm", token, WEEK)


@pytest.mark.parametrize("garbage", ["", "x", "42", ":::", "a" * 1000, None])
def test_garbage_is_invalid(garbage):
    with pytest.raises(LinkInvalid):
        read_link_token("join-confirm", garbage, WEEK)


@pytest.mark.parametrize(
    ("problem", "status", "english", "french"),
    [
        ("expired", 410, "This link has expired", "Ce lien a expiré"),
        ("used", 410, "This link was already used", "Ce lien a déjà été utilisé"),
        ("invalid", 400, "This link is not valid", "Ce lien n’est pas valide"),
    ],
)
def test_the_problem_page_says_what_happened_in_both_languages(site_shell, problem, status, english, french):
    from django.utils import translation

    for language, heading in (("en", english), ("fr", french)):
        with translation.override(language):
            request = RequestFactory().get(f"/{language}/join/confirm/abc/")
            response = link_problem_response(request, problem, restart_url=f"/{language}/join/")
        assert response.status_code == status
        html = response.content.decode()
        assert f"<h1>{heading}</h1>" in html
        assert f'href="/{language}/join/"' in html
