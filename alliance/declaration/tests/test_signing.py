import pytest

from alliance.core.models import OutboundEmail
from alliance.declaration.models import DeclarationSettings, Signature, Status

from .conftest import sign_data


def test_it_shows_the_form(client, countries):
    response = client.get("/en/declaration/sign/")
    assert response.status_code == 200
    assert b"Your municipality or region" in response.content


def test_it_records_an_unconfirmed_signature_and_queues_the_email(sign, lviv):
    response = sign()
    assert response.status_code == 302
    assert response["Location"] == "/en/declaration/sign/thanks/"
    signature = Signature.objects.get()
    assert signature.status == Status.UNCONFIRMED
    assert signature.authority == lviv
    assert signature.ip_address == "127.0.0.1"
    assert signature.ip_network == "127.0.0.0/24"
    email = OutboundEmail.objects.get()
    assert email.recipients == ["mayor@lviv.example.org"]
    assert "/en/declaration/confirm/" in email.body_text


def test_it_matches_the_registry_whatever_the_accents_and_case(sign, sisli, countries):
    sign(authority_name="sisli", country=str(countries["TR"].pk), email="a@sisli.example.org")
    signature = Signature.objects.get()
    assert signature.authority == sisli
    assert signature.authority_name == "Şişli"


def test_a_new_authority_is_kept_with_its_country(sign, countries):
    sign(authority_name="Nowhere-on-Sea", country=str(countries["GB"].pk))
    signature = Signature.objects.get()
    assert signature.authority is None
    assert signature.authority_name == "Nowhere-on-Sea"
    assert signature.country.code == "GB"


def test_the_same_person_for_the_same_authority_gets_the_usual_answer_and_nothing_is_stored(sign, lviv):
    first = sign()
    again = sign(signer_name="ANDRIY  SADOVYÍ", email="other@example.org")
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    assert Signature.objects.count() == 1


def test_a_repeat_answers_exactly_as_a_first_signature(client, sign, lviv):
    # Whether the name is hidden, pending or public, a stranger who signs again in it learns nothing.
    for status in (Status.UNCONFIRMED, Status.CONFIRMED, Status.VERIFIED):
        Signature.objects.all().delete()
        sign(show_name=None)
        Signature.objects.update(status=status)
        again = sign(email="stranger@example.org")
        assert again.status_code == 302 and again["Location"] == "/en/declaration/sign/thanks/"
        page = client.get(again["Location"])
        assert "Check your email" in page.text and "already" not in page.text


def test_the_real_signer_is_told_by_email_and_the_new_address_gets_nothing(sign, lviv):
    sign()
    Signature.objects.update(status=Status.VERIFIED)
    OutboundEmail.objects.all().delete()
    sign(email="stranger@example.org")
    email = OutboundEmail.objects.get()
    assert email.recipients == ["mayor@lviv.example.org"]
    assert "in your name, with another email address" in email.body_text
    assert "stranger" not in email.body_text
    assert "/en/declaration/withdraw/" in email.body_text
    assert not OutboundEmail.objects.filter(to__icontains="stranger").exists()


def test_the_signers_mailbox_hears_of_repeats_a_few_times_a_day_at_most(sign, lviv):
    sign()
    Signature.objects.update(status=Status.VERIFIED)
    for number in range(6):
        assert sign(email=f"stranger{number}@example.org").status_code == 302
    assert OutboundEmail.objects.filter(to="mayor@lviv.example.org").count() == 1 + 3


@pytest.mark.parametrize(
    "first,second",
    [
        ("Someone@Gmail.com", "some.one+declaration@googlemail.com"),
        ("mayor@lviv.example.org", " MAYOR+x@LVIV.example.org "),
    ],
)
def test_the_same_mailbox_for_the_same_authority_is_a_duplicate(sign, lviv, first, second):
    sign(email=first)
    response = sign(email=second, signer_name="Somebody Else")
    assert response.status_code == 302
    assert Signature.objects.count() == 1


def test_a_duplicate_before_confirmation_sends_the_link_again(sign, lviv):
    sign()
    response = sign()
    assert response.status_code == 302
    assert OutboundEmail.objects.count() == 2
    assert "/en/declaration/confirm/" in OutboundEmail.objects.order_by("-pk").first().body_text


def test_the_same_person_may_sign_for_another_authority(sign, lviv, sisli, countries):
    sign()
    sign(authority_name="Şişli", country=str(countries["TR"].pk))
    assert Signature.objects.count() == 2


def test_after_withdrawing_one_may_sign_again(sign, lviv):
    sign()
    Signature.objects.update(status=Status.WITHDRAWN)
    assert sign().status_code == 302
    assert Signature.objects.count() == 2


def test_bad_input_keeps_what_was_typed(sign, lviv):
    response = sign(email="not an address", elected=None)
    assert response.status_code == 400
    assert b'value="Andriy Sadovyi"' in response.content
    assert Signature.objects.count() == 0


def test_the_pause_switch_closes_signing_without_a_deploy(client, sign, lviv):
    settings_row = DeclarationSettings.load()
    settings_row.signing_paused = True
    settings_row.save()
    assert b"Signing is paused" in client.get("/en/declaration/sign/").content
    assert sign().status_code == 503
    assert Signature.objects.count() == 0
    settings_row.signing_paused = False
    settings_row.save()
    assert sign().status_code == 302


def test_rate_limit_per_email(sign, lviv, settings):
    settings.RATE_LIMITS = {"declaration-sign": {"ip": "100/hour", "email": "1/hour"}}
    sign()
    response = sign(signer_name="Other Person")
    assert response.status_code == 429
    assert Signature.objects.count() == 1


def test_rate_limit_per_address(sign, lviv, settings):
    settings.RATE_LIMITS = {"declaration-sign": {"ip": "1/hour", "email": "10/hour"}}
    sign()
    response = sign(signer_name="Other Person", email="other@example.org")
    assert response.status_code == 429


def test_french_form_and_email(client, countries, lviv):
    response = client.get("/fr/declaration/sign/")
    assert "Votre adresse électronique".encode() in response.content
    client.post("/fr/declaration/sign/", sign_data(countries))
    email = OutboundEmail.objects.get()
    assert email.language == "fr"
    assert "/fr/declaration/confirm/" in email.body_text
