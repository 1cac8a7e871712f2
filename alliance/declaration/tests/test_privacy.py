"""Emails and IP addresses never reach a public page or export; retention and the signer's rights."""

import datetime
import json
import re

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from alliance.declaration.models import Signature, Status

EMAIL = re.compile(rb"[\w.+-]+@[\w-]+\.[\w.-]+")
IP = re.compile(rb"\b(?:\d{1,3}\.){3}\d{1,3}\b")


@pytest.fixture
def everything(countries, lviv):
    for i, status in enumerate(Status.values):
        Signature.objects.create(
            signer_name=f"Person {i}",
            office="Councillor",
            show_name=i % 2 == 0,
            authority=lviv if i == 0 else None,
            authority_name="Lviv" if i == 0 else f"Town {i}",
            country=countries["UA"],
            status=status,
            email=f"person{i}@private.example.org",
            ip_address=f"198.51.100.{i + 1}",
            ip_network="198.51.100.0/24",
            signed_on=datetime.date(2020, 1, 1),
        )


PUBLIC_URLS = [
    "/{lang}/declaration/",
    "/{lang}/declaration/sign/",
    "/{lang}/declaration/sign/thanks/",
    "/{lang}/declaration/signatories/",
    "/{lang}/declaration/signatories/?q=person",
    "/{lang}/declaration/signatories/?level=local&year=2020",
    "/{lang}/declaration/signatories/export.csv",
    "/{lang}/declaration/signatories/export.json",
    "/{lang}/declaration/signatories/export.csv?q=private",
]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_no_public_output_holds_an_email_or_an_ip_address(client, everything, url, lang):
    response = client.get(url.format(lang=lang))
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    # The only address allowed on a page is the secretariat's, in the footer.
    found = {m for m in EMAIL.findall(body) if not m.endswith(b"example.org") or b"private" in m}
    assert not any(b"private.example.org" in m for m in found)
    assert b"198.51.100" not in body
    assert not IP.findall(body.replace(b"127.0.0.1", b""))


def test_the_profile_section_shows_no_private_data(rf, everything, lviv):
    from alliance.declaration.profile import signature_section

    section = signature_section(lviv, rf.get("/"))
    assert "email" not in json.dumps(section["context"]["declaration_signatures"], default=str)


def test_ip_addresses_of_verified_signatures_are_erased_after_the_retention(countries, everything):
    Signature.objects.update(created_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
    with time_machine.travel("2020-03-01"):
        call_command("erase_signature_ips", "--days", "90")
        assert Signature.objects.filter(ip_address__isnull=True).count() == 0
    with time_machine.travel("2020-06-01"):
        call_command("erase_signature_ips")
    verified = Signature.objects.get(status=Status.VERIFIED)
    assert verified.ip_address is None and verified.ip_network == ""
    # Others keep theirs: they may still be needed to judge a burst.
    assert Signature.objects.exclude(status=Status.VERIFIED).filter(ip_address__isnull=False).count() == 5


def test_a_moderator_gives_a_signer_their_data_and_deletes_it(client, everything, moderator):
    signature = Signature.objects.get(signer_name="Person 2")
    client.force_login(moderator)
    response = client.get(f"/admin/declaration/review/{signature.pk}/data.json")
    data = json.loads(response.content)
    assert data["email"] == "person2@private.example.org"
    assert data["ip_address"] == "198.51.100.3"
    assert client.post(f"/admin/declaration/review/{signature.pk}/forget/").status_code == 302
    assert Signature.objects.filter(pk=signature.pk).exists()  # not without the confirmation box
    client.post(f"/admin/declaration/review/{signature.pk}/forget/", {"confirm": "yes"})
    assert not Signature.objects.filter(pk=signature.pk).exists()
    entry = ModelLogEntry.objects.get(action="declaration.forget")
    assert "Person 2" not in entry.label


def test_personal_data_is_for_moderators_only(client, everything, editor):
    signature = Signature.objects.first()
    client.force_login(editor)
    response = client.get(f"/admin/declaration/review/{signature.pk}/data.json")
    assert response.status_code in (302, 403)
    assert b"private.example.org" not in response.content
