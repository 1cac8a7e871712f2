"""Subscribing: double opt-in, the consent recorded, no hint whether an address is subscribed."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from alliance.subscriptions.models import State, Subscription

from .conftest import emails_to, link_in, path_of, subscribe_data

pytestmark = pytest.mark.django_db


def test_the_page_offers_every_topic_language_and_rhythm(client):
    page = client.get("/fr/subscribe/").content.decode()
    for value in ("news", "statements", "events", "declaration", "action_plans", "weekly", "each"):
        assert f'value="{value}"' in page
    assert "form_token" in page


def test_signing_up_sends_only_the_confirmation_and_keeps_the_choices(client):
    response = client.post("/en/subscribe/", subscribe_data(email="Reader@Example.org", rhythm="weekly"))
    assert response.status_code == 302 and response["Location"] == "/en/subscribe/sent/"
    subscription = Subscription.objects.get()
    assert subscription.email == "reader@example.org"
    assert subscription.state == State.PENDING
    assert subscription.topics == ["news", "events"] and subscription.rhythm == "weekly"
    [email] = emails_to("reader@example.org")
    assert email.template == "subscriptions/emails/confirm"
    assert "/en/subscribe/confirm/" in email.body_text


def test_confirming_takes_a_button_press_and_records_the_consent(client):
    client.post("/fr/subscribe/", subscribe_data(language="fr"), REMOTE_ADDR="203.0.113.9")
    url = path_of(link_in(emails_to("reader@example.org")[0], "confirm"))
    assert url.startswith("/fr/subscribe/confirm/")

    page = client.get(url)
    assert page.status_code == 200 and b'<form method="post"' in page.content
    assert Subscription.objects.get().state == State.PENDING  # a mail scanner's visit changes nothing

    response = client.post(url)
    assert response.status_code == 302 and "/fr/subscribe/preferences/" in response["Location"]
    subscription = Subscription.objects.get()
    assert subscription.state == State.CONFIRMED and subscription.confirmed_at
    assert "jamais publiée" in subscription.consent_text  # the wording shown, in its language
    assert len(subscription.notice_version) == 16
    assert subscription.origin_hash and "203.0.113.9" not in subscription.origin_hash
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(subscription.pk)).values_list("action", flat=True)
    )
    assert {"subscriptions.subscribe", "subscriptions.confirm"} <= set(actions)
    assert "reader@example.org" not in str(list(ModelLogEntry.objects.values_list("label", "data")))


def test_an_address_already_subscribed_gets_the_same_page_and_an_email_not_a_change(client, subscriber):
    subscriber("reader@example.org", topics=("statements",))
    response = client.post("/en/subscribe/", subscribe_data())
    assert response.status_code == 302 and response["Location"] == "/en/subscribe/sent/"
    subscription = Subscription.objects.get()
    assert subscription.state == State.CONFIRMED and subscription.topics == ["statements"]
    [email] = emails_to("reader@example.org")
    assert email.template == "subscriptions/emails/already"
    assert "/en/subscribe/preferences/" in email.body_text


def test_a_form_with_a_mistake_keeps_what_was_typed(client):
    response = client.post("/en/subscribe/", subscribe_data(email="not an address", topics=[]))
    page = response.content.decode()
    assert response.status_code == 400
    assert 'value="not an address"' in page
    assert 'href="#id_topics_0"' in page  # the error summary links the group's first choice
    assert "Please choose at least one topic." in page
    assert not Subscription.objects.exists()


def test_the_form_is_protected_like_the_other_public_forms(client, settings):
    data = subscribe_data()
    data["form_token"] = "forged"
    assert b"could not be checked" in client.post("/en/subscribe/", data).content
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "subscribe": {"ip": "2/hour", "email": "5/hour"}}
    for number in range(2):
        client.post("/en/subscribe/", subscribe_data(email=f"n{number}@example.org"))
    assert client.post("/en/subscribe/", subscribe_data(email="n3@example.org")).status_code == 429


def test_the_same_page_sent_twice_is_one_sign_up_and_one_email(client):
    data = subscribe_data()
    client.post("/en/subscribe/", data)
    again = client.post("/en/subscribe/", data)
    assert b"We already have this request" in again.content
    assert len(emails_to("reader@example.org")) == 1


def test_a_sign_up_never_confirmed_is_deleted_after_seven_days(client):
    with time_machine.travel(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC)):
        client.post("/en/subscribe/", subscribe_data())
    with time_machine.travel(datetime.datetime(2026, 12, 7, 9, tzinfo=datetime.UTC)):
        call_command("forget_old_subscriptions", verbosity=0)
        assert Subscription.objects.exists()
    with time_machine.travel(datetime.datetime(2026, 12, 8, 10, tzinfo=datetime.UTC)):
        call_command("forget_old_subscriptions", verbosity=0)
        assert not Subscription.objects.exists()


def test_an_expired_or_altered_confirmation_link_gets_a_clear_page(client):
    with time_machine.travel(datetime.datetime(2026, 12, 1, 9, tzinfo=datetime.UTC)):
        client.post("/en/subscribe/", subscribe_data())
    url = path_of(link_in(emails_to("reader@example.org")[0], "confirm"))
    with time_machine.travel(datetime.datetime(2026, 12, 9, 9, tzinfo=datetime.UTC)):
        assert client.post(url).status_code == 410
    assert client.get(url[:-3] + "xx/").status_code == 400
    assert Subscription.objects.get().state == State.PENDING


def test_the_footer_the_news_and_the_signed_page_lead_to_it(client, publish_article):
    assert 'href="/fr/subscribe/"' in client.get("/fr/").content.decode()
    assert 'href="/en/subscribe/"' in client.get("/en/news/").content.decode()
