"""Demo data: the Declaration's text in English and French, and the historical signatories whose
names are public. Safe to run again.

Only authorities known to have signed are listed; the 16 Greek municipalities that signed at the
national network meeting in Athens on 12 April 2018 are not named in the sources, so they are not
invented here. Published totals of the time (53 signatories from 25 countries on 3 April 2017,
83 from 32 in April 2018, 113 in January 2019, 117 from 33 on 8 April 2019, 122 from 34 late in
2019) are history to quote in a news item, not rows to fake: the list shows real rows only.
"""

import datetime

from alliance.authorities.countries import ensure_countries
from alliance.authorities.models import Authority, Country

from . import counters
from .demo_texts import TEXTS
from .forms import match_authority
from .models import DeclarationText, Signature, Source, Status

# (authority, country, office of the signer, date of signing or None when only vaguer is known)
SIGNATORIES = [
    ("Lviv", "UA", "Mayor", datetime.date(2018, 7, 16)),
    ("Torrent", "ES", "Mayor", None),  # May 2017: the mayor and a councillor signed together
    ("Sintra", "PT", "", None),  # signed at a city council meeting
    ("Şişli", "TR", "", None),
    ("Volos", "GR", "", None),
    ("Gliwice", "PL", "", None),
]


def load(command):
    ensure_countries()
    for language, (title, text) in TEXTS.items():
        DeclarationText.objects.update_or_create(language=language, defaults={"title": title, "text": text})
    created = 0
    for name, code, office, signed_on in SIGNATORIES:
        country = Country.objects.get(code=code)
        authority = match_authority(country.pk, name) or Authority.objects.create(
            name=name, country=country, level="local", kind="city"
        )
        if Signature.objects.filter(authority=authority, source=Source.IMPORT).exists():
            continue
        Signature.objects.create(
            authority=authority,
            authority_name=authority.name,
            country=country,
            level=authority.level,
            office=office,
            status=Status.VERIFIED,
            source=Source.IMPORT,
            signed_on=signed_on,
        )
        created += 1
    counters.warm_on_commit()
    return f"{len(TEXTS)} texts, {created} historical signatories created, {Signature.objects.public().count()} public"
