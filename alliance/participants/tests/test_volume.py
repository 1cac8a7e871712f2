import io

from django.core.management import call_command

from alliance.authorities.models import Authority
from alliance.participants.counters import participant_count
from alliance.participants.models import Participation


def volume(**options):
    out = io.StringIO()
    call_command("create_volume", stdout=out, **options)
    return out.getvalue()


def test_create_volume_is_reproducible_with_a_seed(db):
    output = volume(authorities=300, participants=40, seed=5)
    assert "300 authorities and 40 participations created (seed 5)." in output
    first = list(
        Participation.objects.order_by("accession_number").values_list("authority__name", "joined_on")
    )
    Participation.objects.all().delete()
    Authority.objects.all().delete()
    volume(authorities=300, participants=40, seed=5)
    again = list(
        Participation.objects.order_by("accession_number").values_list("authority__name", "joined_on")
    )
    assert first == again


def test_create_volume_data_is_searchable_like_any_other(db, client):
    volume(authorities=200, participants=50, seed=1)
    participation = Participation.objects.current().select_related("authority").first()
    assert participation.name_folded == participation.authority.name_folded
    assert participation.country_id == participation.authority.country_id
    word = participation.authority.name.split()[1]
    assert (
        participation.authority.name
        in client.get("/en/participants/", {"q": word, "per_page": 100}).content.decode()
    )
    assert participant_count().participants == Participation.objects.current().count()


def test_running_it_again_adds_nothing(db):
    volume(authorities=100, participants=10, seed=1)
    assert "0 authorities and 0 participations created" in volume(authorities=100, participants=10, seed=1)


def test_signatures_are_made_by_the_declarations_volume_code(db):
    from alliance.declaration.models import Signature
    from alliance.declaration.volume import DOMAIN

    volume(authorities=50, participants=5, signatures=3, seed=1)
    assert Signature.objects.filter(email_domain=DOMAIN).count() == 3
