from alliance.authorities.geography.layers import country_at
from alliance.authorities.models import Authority, Country

from .demo_data import KNOWN, PLACEHOLDER_COUNTRIES, placeholder_date
from .models import Participation


def load(command):
    known_numbers = {row[0] for row in KNOWN}
    created = 0
    for accession, name, code, level, kind, joined_on, extra in KNOWN:
        created += _participant(accession, name, code, level, kind, joined_on, extra)
    codes = sorted(PLACEHOLDER_COUNTRIES)
    for accession in range(1, 131):
        if accession in known_numbers:
            continue
        code = codes[accession % len(codes)]
        extra = dict(zip(("latitude", "longitude"), _spread(code, accession), strict=True))
        name = f"Demo participant No. {accession}"
        created += _participant(
            accession, name, code, "local", "municipality", placeholder_date(accession), extra
        )
    return f"{created} participants created, {Participation.objects.count()} in all"


def _spread(code, accession):
    """A place for a placeholder near its country's capital, spread a little so that each dot stays
    visible on the map, and always inside the country (a capital on a border, such as
    Bratislava, would otherwise give the neighbour its dots)."""
    lat, lon = PLACEHOLDER_COUNTRIES[code]
    step = (accession * 37) % 11 - 5
    while step:
        offset = step * 0.12
        place = (round(lat + offset, 4), round(lon - offset, 4))
        if country_at(*place) == code:
            return place
        step += 1 if step < 0 else -1  # nearer the capital
    return lat, lon


def _participant(accession, name, code, level, kind, joined_on, extra):
    if Participation.objects.filter(accession_number=accession).exists():
        return 0
    country = Country.objects.get(code=code)
    authority = Authority.objects.filter(country=country, name=name).first()
    if authority is None:
        authority = Authority.objects.create(name=name, country=country, level=level, kind=kind, **extra)
    Participation.objects.create(authority=authority, accession_number=accession, joined_on=joined_on)
    return 1
