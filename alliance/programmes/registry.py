"""Finding an authority of the registry by name and country, for demo data and imports.

Matching on the folded name means "Sighisoara" finds "Sighișoara": the registry never gets the
same authority twice because of a keyboard.
"""

from alliance.authorities.models import Authority, Country


def authority_named(name, country_code, *, level="local", kind="municipality", **extra):
    """The registry's authority of that name in that country, created when it is missing."""
    country = Country.objects.get(code=country_code)
    authority = Authority.objects.named(name, country).order_by("pk").first()
    if authority is not None:
        return authority, False
    return Authority.objects.create(name=name, country=country, level=level, kind=kind, **extra), True
