from unittest import mock

from django.db import OperationalError

from alliance.declaration.models import Signature


def test_a_lost_database_gives_a_clear_503_try_again(client, countries, sign, lviv):
    with mock.patch("alliance.declaration.services.Signature.save", side_effect=OperationalError("gone")):
        response = sign()
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert b"Please try again" in response.content
    assert "Merci de réessayer".encode() in response.content
    assert Signature.objects.count() == 0
