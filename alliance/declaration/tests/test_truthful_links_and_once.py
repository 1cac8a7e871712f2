"""A signature is accepted once, and every link from an email says what is true of it now."""

import pytest

from alliance.core.models import AcceptedForm, OutboundEmail
from alliance.declaration import services
from alliance.declaration.models import Signature, Status

from .conftest import link_from_last_email, sign_data

pytestmark = pytest.mark.django_db


def test_back_and_send_again_stores_one_signature_and_sends_one_email(client, countries, lviv):
    data = sign_data(countries)
    assert client.post("/en/declaration/sign/", data).status_code == 302
    again = client.post("/en/declaration/sign/", data)
    assert again.status_code == 200
    assert "We already have your signature" in again.content.decode()
    assert Signature.objects.count() == 1
    assert OutboundEmail.objects.count() == 1
    assert AcceptedForm.objects.filter(scope="declaration-sign").count() == 1


def test_the_second_attempt_is_told_in_french_too(client, countries, lviv):
    data = sign_data(countries)
    client.post("/fr/declaration/sign/", data)
    again = client.post("/fr/declaration/sign/", data).content.decode()
    assert "Nous avons déjà votre signature" in again
    assert OutboundEmail.objects.count() == 1


def test_a_new_page_of_the_form_may_sign_for_another_authority(client, countries, lviv):
    client.post("/en/declaration/sign/", sign_data(countries))
    other = sign_data(countries, authority_name="Lutsk", email="mayor@lutsk.example.org")
    assert client.post("/en/declaration/sign/", other).status_code == 302
    assert Signature.objects.count() == 2


def test_the_confirmation_link_of_a_withdrawn_signature_says_it_was_withdrawn(client, sign, lviv):
    sign()
    confirm = link_from_last_email("confirm")
    withdraw = link_from_last_email("withdraw")
    client.post(withdraw)
    assert Signature.objects.get().status == Status.WITHDRAWN
    for response in (client.get(confirm), client.post(confirm)):
        page = response.content.decode()
        assert "Signature withdrawn" in page
        assert "confirmed" not in page.lower()
        assert 'method="post"' not in page.split("<main", 1)[-1]
    assert Signature.objects.get().status == Status.WITHDRAWN


def test_the_confirmation_link_of_a_verified_signature_says_it_is_published(client, sign, lviv, moderator):
    sign()
    confirm = link_from_last_email("confirm")
    client.post(confirm)
    services.verify(Signature.objects.get().pk, moderator)
    page = client.get(confirm).content.decode()
    assert "Signature published" in page


def test_the_withdrawal_link_of_a_rejected_signature_says_it_was_not_accepted(client, sign, lviv, moderator):
    sign()
    withdraw = link_from_last_email("withdraw")
    services.reject(Signature.objects.get().pk, moderator, "Not an elected representative.")
    for response in (client.get(withdraw), client.post(withdraw)):
        page = response.content.decode()
        assert "Signature not accepted" in page
        assert "withdrawn" not in page.lower()
    assert Signature.objects.get().status == Status.REJECTED


def test_the_links_tell_the_truth_in_french(client, sign, lviv):
    sign(language="fr")
    confirm = link_from_last_email("confirm")
    client.post(link_from_last_email("withdraw"))
    assert "Signature retirée" in client.get(confirm).content.decode()
