import pytest


class Quiet:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


@pytest.fixture
def registry(site_shell):
    """The demo site's shell, countries and participants (130 from 29 countries today)."""
    from alliance.authorities import demo as authorities_demo
    from alliance.participants import demo as participants_demo

    authorities_demo.load(Quiet())
    participants_demo.load(Quiet())
