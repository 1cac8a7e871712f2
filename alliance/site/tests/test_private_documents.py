"""A document is served only by Wagtail's view, which checks its collection's privacy: never as a
file of the media folder. With two-factor sign-in required, a password alone opens no private
document."""

import pytest
from django.core.files.base import ContentFile
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

MINUTES = b"%PDF-1.4 minutes of the working group"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def private_document(media_root, wagtail_root):
    collection = Collection.get_first_root_node().add_child(name="Working group")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Minutes", collection=collection)
    document.file.save("minutes.pdf", ContentFile(MINUTES), save=False)
    document.save()
    return document


def test_a_private_document_is_not_a_file_of_the_media_folder(client, private_document, media_root):
    name = private_document.file.name
    assert (media_root / name).exists() and name.startswith("documents/")
    for address in (f"/media/{name}", f"/media/{name.upper()}", f"/media/images/../{name}"):
        response = client.get(address)
        assert response.status_code in (400, 404)
        assert MINUTES not in b"".join(getattr(response, "streaming_content", [response.content]))


def test_a_private_document_asks_a_visitor_to_sign_in_at_the_one_door(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")


def test_a_signed_in_person_gets_the_private_document(client, private_document, editor):
    client.force_login(editor)
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == MINUTES


def test_a_public_document_is_served_by_wagtails_view_too(client, media_root, wagtail_root):
    document = get_document_model()(title="Leaflet")
    document.file.save("leaflet.pdf", ContentFile(b"%PDF-1.4 leaflet"), save=False)
    document.save()
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 200


def test_with_two_factor_sign_in_a_password_alone_opens_no_private_document(
    client, private_document, editor, settings
):
    settings.STAFF_2FA_REQUIRED = True
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    client.force_login(editor)  # the password was right; no code yet
    response = client.get(private_document.url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    # The sign-in page asks for the code, then leads to the document.
    response = client.get(response["Location"])
    assert response["Location"].startswith("/admin/2fa/verify/")
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    client.post("/admin/2fa/verify/", {"code": code, "next": private_document.url})
    assert client.get(private_document.url).status_code == 200
