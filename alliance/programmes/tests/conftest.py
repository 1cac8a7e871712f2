import pytest

from alliance.conftest import Quiet


@pytest.fixture
def romact(db):
    """ROMACT and ROMED as the demo loads them from the public record."""
    from alliance.programmes import demo
    from alliance.programmes.models import Programme

    demo.load(Quiet())
    return Programme.objects.get(slug="romact")
