import pytest
from django.core.cache import cache


class Quiet:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_participants(db):
    """The registry's countries and the demo participants, as `manage.py load_demo` makes them."""
    from alliance.authorities import demo as authorities_demo
    from alliance.participants import demo as participants_demo

    authorities_demo.load(Quiet())
    participants_demo.load(Quiet())


@pytest.fixture
def countries(db):
    from alliance.authorities.countries import ensure_countries

    ensure_countries()
