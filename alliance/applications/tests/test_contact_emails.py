"""The secretariat's copy of a contact message names the sender with their address, in both parts."""

import pytest

from alliance.core.models import OutboundEmail

from .conftest import contact_data

pytestmark = pytest.mark.django_db


def test_the_senders_address_shows_in_the_text_and_in_the_html(client, settings):
    client.post("/en/contact/", contact_data(name="Marc Example", email="marc@example.org"))
    email = OutboundEmail.objects.get(to=settings.SECRETARIAT_EMAIL)
    assert "Marc Example <marc@example.org> wrote through the contact form:" in email.body_text
    assert "Marc Example &lt;marc@example.org&gt; wrote through the contact form:" in email.body_html
    assert f"<title>{email.subject}</title>" in email.body_html


def test_a_sender_who_types_markup_in_their_name_gets_it_written_out(client, settings):
    client.post("/fr/contact/", contact_data(name="<b>Marc</b>", email="marc@example.org"))
    email = OutboundEmail.objects.get(to=settings.SECRETARIAT_EMAIL)
    assert "<b>" not in email.body_html
    assert "&lt;b&gt;Marc&lt;/b&gt; &lt;marc@example.org&gt;" in email.body_html
