"""Finding an authority of the registry by name and country, for demo data and imports.

Matching on the folded name means "Sighisoara" finds "Sighișoara": the registry never gets the
same authority twice because of a keyboard.
"""

from alliance.authorities.models import Authority, Country
from alliance.core.folding import fold


def authority_named(name, country_code, *, level="local", kind="municipality", **extra):
    """The registry's authority of that name in that country, created when it is missing."""
    country = Country.objects.get(code=country_code)
    folded = fold(name)
    for authority in Authority.objects.filter(country=country).search(name):
        if fold(authority.name) == folded or fold(authority.local_name) == folded:
            return authority, False
    return Authority.objects.create(name=name, country=country, level=level, kind=kind, **extra), True
