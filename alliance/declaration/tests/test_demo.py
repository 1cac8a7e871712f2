from alliance.conftest import Quiet
from alliance.declaration import demo
from alliance.declaration.models import DeclarationText, Signature


def test_the_demo_holds_only_known_signatories_and_is_idempotent(db):
    demo.load(Quiet())
    demo.load(Quiet())
    assert set(DeclarationText.objects.values_list("language", flat=True)) == {"en", "fr"}
    names = sorted(Signature.objects.public().values_list("authority_name", flat=True))
    assert names == sorted(["Lviv", "Torrent", "Sintra", "Şişli", "Volos", "Gliwice"])
    assert str(Signature.objects.get(authority_name="Lviv").signed_on) == "2018-07-16"
    assert not Signature.objects.exclude(email="").exists()
