import pytest

from alliance.applications import demo
from alliance.applications.models import ContactMessage, CooperationProposal, JoinApplication, Status
from alliance.authorities.countries import ensure_countries


@pytest.mark.django_db
def test_the_demo_loads_twice_without_duplicates(private_root):
    ensure_countries()
    demo.load(None)
    demo.load(None)
    assert JoinApplication.objects.count() == len(demo.APPLICATIONS)
    assert CooperationProposal.objects.count() == len(demo.PROPOSALS)
    assert ContactMessage.objects.count() == len(demo.MESSAGES)
    assert JoinApplication.objects.filter(status=Status.PENDING).count() >= 2
    for application in JoinApplication.objects.all():
        assert application.email.endswith("@example.org")
        assert (private_root / application.letter.name).exists()
