import pytest

from alliance.conftest import Quiet


@pytest.fixture
def demo_participants(db):
    """The registry's countries and the demo participants, as `manage.py load_demo` makes them."""
    from alliance.authorities import demo as authorities_demo
    from alliance.participants import demo as participants_demo

    authorities_demo.load(Quiet())
    participants_demo.load(Quiet())


@pytest.fixture
def make_participant(countries):
    """make_participant("Korçë", "AL", joined_on=..., **authority_fields) -> Participation."""
    import datetime

    from alliance.authorities.models import Authority, Country
    from alliance.participants.models import Participation

    def make(name, code, joined_on=datetime.date(2016, 1, 1), left_on=None, accession=None, **fields):
        authority = Authority.objects.create(name=name, country=Country.objects.get(code=code), **fields)
        number = accession or (
            max(Participation.objects.values_list("accession_number", flat=True), default=0) + 1
        )
        return Participation.objects.create(
            authority=authority, accession_number=number, joined_on=joined_on, left_on=left_on
        )

    return make
