"""Public forms refuse robots (honeypot, minimum time or proof of work) and count attempts."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django import forms
from django.test import RequestFactory
from django.utils import translation

from alliance.core.protection import (
    ProtectionMixin,
    canonical_email,
    client_ip,
    make_form_token,
    parse_rate,
    proof_is_valid,
    protection_data,
    rate_limit,
    render_rate_limited,
    solve_proof_of_work,
)

TEN = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


class MessageForm(ProtectionMixin, forms.Form):
    name = forms.CharField(label="Your name")
    message = forms.CharField(label="Message", widget=forms.Textarea)


TYPED = {"name": "Ana Dragan", "message": "We would like to join."}


def submitted(fields, **overrides):
    return MessageForm(data={**TYPED, **fields, **overrides})


def fresh_fields(**overrides):
    return {"website_confirm": "", "form_token": make_form_token(), "proof_of_work": "", **overrides}


def test_a_form_sent_after_the_minimum_time_is_accepted():
    form = submitted(protection_data())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == "Ana Dragan"


def test_a_filled_honeypot_is_refused_and_what_was_typed_stays():
    form = submitted(protection_data(), website_confirm="http://spam.example")
    assert not form.is_valid()
    assert "“Leave this field empty” was filled in" in form.non_field_errors()[0]
    assert form["name"].value() == "Ana Dragan"
    assert form["message"].value() == "We would like to join."


def test_a_form_sent_too_fast_is_refused_then_accepted_a_moment_later():
    with time_machine.travel(TEN, tick=False) as clock:
        fields = fresh_fields()
        clock.shift(timedelta(seconds=1))
        form = submitted(fields)
        assert not form.is_valid()
        assert form.non_field_errors() == [
            "This form was sent too quickly. Please wait a few seconds and send it again."
        ]
        assert form["message"].value() == "We would like to join."

        # The page shown again keeps the same token, so sending it again a moment later works.
        assert form["form_token"].value() == fields["form_token"]
        clock.shift(timedelta(seconds=2))
        assert submitted(fields).is_valid()


def test_the_message_is_in_french_for_a_french_reader():
    with translation.override("fr"):
        form = submitted(fresh_fields())
        assert not form.is_valid()
        assert form.non_field_errors() == [
            "Ce formulaire a été envoyé trop vite. Veuillez patienter quelques secondes et l’envoyer à nouveau."
        ]


def test_a_valid_proof_of_work_lets_a_form_through_at_once(settings):
    settings.PROOF_OF_WORK_BITS = 8
    fields = fresh_fields()
    answer = solve_proof_of_work(fields["form_token"])
    assert submitted(fields, proof_of_work=answer).is_valid()


def test_a_wrong_proof_of_work_does_not(settings):
    settings.PROOF_OF_WORK_BITS = 8
    fields = fresh_fields()
    answer = int(solve_proof_of_work(fields["form_token"]))
    wrong = next(
        str(n) for n in range(answer + 1, answer + 10000) if not proof_is_valid(fields["form_token"], str(n))
    )
    for bad in (wrong, "", "-1", "1e9", "9" * 50):
        assert not submitted(fields, proof_of_work=bad).is_valid()
    # An answer found for another form's token does not count either.
    other = fresh_fields()
    if not proof_is_valid(other["form_token"], str(answer)):
        assert not submitted(other, proof_of_work=str(answer)).is_valid()


def test_a_proof_of_work_is_ignored_when_it_is_turned_off(settings):
    settings.PROOF_OF_WORK_BITS = 0
    fields = fresh_fields()
    assert not submitted(fields, proof_of_work="0").is_valid()
    assert "data-proof-of-work-bits" not in str(MessageForm()["form_token"])


def test_a_tampered_or_missing_token_is_refused_and_replaced():
    with time_machine.travel(TEN, tick=False):
        good = protection_data()["form_token"]
        for bad in ("", "nonsense", good[:-3] + "abc", good + "x" * 5000):
            form = submitted(fresh_fields(), form_token=bad)
            assert not form.is_valid()
            assert form.non_field_errors() == ["The form could not be checked. Please send it again."]
            assert form["form_token"].value() not in ("", bad)  # A fresh token for the next try.


def test_a_form_left_open_for_too_long_is_refused_with_a_fresh_token():
    with time_machine.travel(TEN, tick=False) as clock:
        fields = fresh_fields()
        clock.shift(timedelta(hours=7))
        form = submitted(fields)
        assert not form.is_valid()
        assert "open for too long" in form.non_field_errors()[0]
        assert form["name"].value() == "Ana Dragan"
        renewed = form["form_token"].value()
        assert renewed != fields["form_token"]
        clock.shift(timedelta(seconds=3))
        assert submitted(fields, form_token=renewed).is_valid()


def test_the_check_can_be_turned_off_for_benchmarks_but_not_the_honeypot(settings):
    settings.FORM_PROTECTION_ENABLED = False
    assert submitted(fresh_fields()).is_valid()
    assert not submitted(fresh_fields(), website_confirm="x").is_valid()


def test_protection_fields_are_rendered_once_by_their_own_template():
    from django.template.loader import render_to_string

    form = MessageForm()
    assert [field.name for field in form] == ["name", "message"]
    assert [field.name for field in form.visible_fields()] == ["name", "message"]
    assert "website_confirm" not in form.as_div()
    html = render_to_string("core/protection_fields.html", {"form": form})
    assert '<div class="visually-hidden">' in html
    assert '<label for="id_website_confirm">Leave this field empty</label>' in html
    assert 'autocomplete="off"' in html and 'tabindex="-1"' in html
    assert 'name="form_token"' in html and 'data-proof-of-work="answer"' in html
    assert "proof-of-work.js" in render_to_string("core/protection_script.html")


def test_a_prefixed_form_is_protected_too():
    class Prefixed(MessageForm):
        prefix = "contact"

    data = {"contact-name": "Ana", "contact-message": "Hello", **protection_data("contact")}
    assert Prefixed(data=data).is_valid()
    data["contact-website_confirm"] = "spam"
    assert not Prefixed(data=data).is_valid()


# ---------------------------------------------------------------- rate limits


def request_from(ip="203.0.113.7", forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().post("/en/contact/", REMOTE_ADDR=ip, **extra)


@pytest.fixture
def limits(settings, db):
    settings.RATE_LIMITS = {"contact": {"ip": "3/hour", "email": "2/hour"}}


def test_the_rate_limit_stops_a_connection_and_lets_it_back_next_window(limits):
    with time_machine.travel(TEN, tick=False) as clock:
        assert [rate_limit(request_from(), "contact") for _ in range(3)] == [None, None, None]
        assert rate_limit(request_from(), "contact") == (
            "Too many attempts from your connection. Please try again in an hour."
        )
        assert rate_limit(request_from("198.51.100.9"), "contact") is None  # Someone else is not affected.
        with translation.override("fr"):
            assert rate_limit(request_from(), "contact") == (
                "Trop de tentatives depuis votre connexion. Veuillez réessayer dans une heure."
            )
        # The window slides: its attempts weigh less and less over the next hour, and then not at all.
        clock.shift(timedelta(hours=2))
        assert rate_limit(request_from(), "contact") is None


def test_the_hours_turn_lets_no_second_allowance_through(limits):
    with time_machine.travel(TEN - timedelta(seconds=10), tick=False) as clock:
        assert [rate_limit(request_from(), "contact") for _ in range(3)] == [None, None, None]
        clock.shift(timedelta(seconds=19))  # the fixed window turned nine seconds ago
        assert rate_limit(request_from(), "contact") is not None


def test_the_rate_limit_counts_an_address_in_all_its_spellings(limits):
    with time_machine.travel(TEN, tick=False):
        assert rate_limit(request_from("203.0.113.1"), "contact", "Ana.Dragan+join@gmail.com") is None
        assert rate_limit(request_from("203.0.113.2"), "contact", "anadragan@googlemail.com") is None
        assert rate_limit(request_from("203.0.113.3"), "contact", " ANA.DRAGAN@gmail.com ") == (
            "Too many attempts with this email address. Please try again in an hour."
        )
        assert rate_limit(request_from("203.0.113.4"), "contact", "other@example.org") is None


def test_scopes_are_counted_apart_and_an_unknown_scope_is_unlimited(limits, settings):
    settings.RATE_LIMITS["join"] = {"ip": "1/minute"}
    assert rate_limit(request_from(), "join") is None
    assert rate_limit(request_from(), "join") == (
        "Too many attempts from your connection. Please try again in a minute."
    )
    assert rate_limit(request_from(), "contact") is None
    assert all(rate_limit(request_from(), "no-such-form") is None for _ in range(50))


def test_a_count_store_that_is_down_lets_people_through(limits):
    from unittest import mock

    with mock.patch("alliance.core.attempts.count", side_effect=ConnectionError("redis down")):
        assert all(rate_limit(request_from(), "contact", "a@example.org") is None for _ in range(5))


def test_the_client_address_comes_from_forwarded_for_only_behind_a_trusted_proxy(settings):
    spoofed = request_from("10.0.0.2", forwarded="1.2.3.4, 203.0.113.7")
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(spoofed) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(spoofed) == "203.0.113.7"  # The entry our proxy wrote, not the one the client sent.
    assert client_ip(request_from("10.0.0.2", forwarded="203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("10.0.0.2")) == "10.0.0.2"


def test_a_client_reaching_a_node_directly_cannot_forge_its_address(settings, limits):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    assert client_ip(request_from("198.51.100.9", forwarded="203.0.113.7")) == "198.51.100.9"
    # A new made-up address on every request does not escape the limit.
    answers = [
        rate_limit(request_from("198.51.100.9", forwarded=f"203.0.113.{number}"), "contact")
        for number in range(5)
    ]
    assert answers[:3] == [None] * 3
    assert answers[3] is not None


def test_behind_two_proxies_each_hop_must_be_trusted(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    settings.TRUSTED_PROXIES = ["10.0.0.0/24", "::1"]
    assert client_ip(request_from("10.0.0.2", forwarded="1.2.3.4, 203.0.113.7, 10.0.0.3")) == "203.0.113.7"
    # The second hop is not a proxy of ours: the client behind it put the rest there.
    assert client_ip(request_from("10.0.0.2", forwarded="1.2.3.4, 203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("10.0.0.2", forwarded="garbage")) == "garbage"
    assert client_ip(request_from("::1", forwarded="2001:db8::1")) == "2001:db8::1"


def test_rates_are_read_from_settings_text():
    assert parse_rate("10/hour") == (10, 3600)
    assert parse_rate("3/day") == (3, 86400)
    assert parse_rate("5/15minutes") == (5, 900)
    with pytest.raises(ValueError):
        parse_rate("5/fortnight")


def test_a_limited_form_is_shown_again_with_status_429(site_shell, sample_templates):
    form = submitted(protection_data())
    request = request_from()
    message = "Too many attempts from your connection. Please try again in an hour."
    response = render_rate_limited(request, "core_tests/form.html", {"form": form}, message)
    assert response.status_code == 429
    html = response.content.decode()
    assert message in html
    assert 'value="Ana Dragan"' in html


@pytest.mark.parametrize(
    ("address", "canonical"),
    [
        ("Ana.Dragan@Example.org", "ana.dragan@example.org"),
        ("  ana@example.org\n", "ana@example.org"),
        ("ana+news@example.org", "ana@example.org"),
        ("A.N.A+x+y@GMAIL.com", "ana@gmail.com"),
        ("a.n.a@googlemail.com", "ana@gmail.com"),
        ("ana.dragan@outlook.com", "ana.dragan@outlook.com"),
        ("+only@example.org", "+only@example.org"),
        ("not-an-address", "not-an-address"),
        ("", ""),
        (None, ""),
    ],
)
def test_canonical_email(address, canonical):
    assert canonical_email(address) == canonical
