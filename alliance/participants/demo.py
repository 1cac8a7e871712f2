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
        lat, lon = PLACEHOLDER_COUNTRIES[code]
        # Spread the dots of one country a little so that each stays visible on the map.
        offset = ((accession * 37) % 11 - 5) * 0.12
        extra = {"latitude": round(lat + offset, 4), "longitude": round(lon - offset, 4)}
        name = f"Demo participant No. {accession}"
        created += _participant(
            accession, name, code, "local", "municipality", placeholder_date(accession), extra
        )
    return f"{created} participants created, {Participation.objects.count()} in all"


def _participant(accession, name, code, level, kind, joined_on, extra):
    if Participation.objects.filter(accession_number=accession).exists():
        return 0
    country = Country.objects.get(code=code)
    authority = Authority.objects.filter(country=country, name=name).first()
    if authority is None:
        authority = Authority.objects.create(name=name, country=country, level=level, kind=kind, **extra)
    Participation.objects.create(authority=authority, accession_number=accession, joined_on=joined_on)
    return 1
