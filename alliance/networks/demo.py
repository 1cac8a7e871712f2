"""The national networks in the public record: Ukrainian, Greek and Albanian.

Only the Ukrainian network's founding members are known by name; the Greek and Albanian
networks get no invented members. Their meetings are events (the events app's demo links them).
"""

import datetime

from alliance.authorities.countries import ensure_countries
from alliance.authorities.models import Country
from alliance.programmes.registry import authority_named

from .models import NationalNetwork, NetworkMembership

D = datetime.date

NETWORKS = [
    {
        "slug": "ukraine",
        "country": "UA",
        "name_en": "Ukrainian Alliance of Cities and Regions for Roma Inclusion",
        "name_fr": "Alliance ukrainienne des villes et des régions pour l'inclusion des Roms",
        "founded_on": D(2017, 11, 1),
        "founded_month_only": True,
        "summary_en": (
            "Regional and district state administrations and cities of Ukraine that joined forces in "
            "November 2017, at a first meeting in Kyiv, to improve the situation of Roma in their territories."
        ),
        "summary_fr": (
            "Administrations d'État régionales et de district et villes d'Ukraine qui ont uni leurs forces en "
            "novembre 2017, lors d'une première réunion à Kyiv, pour améliorer la situation des Roms sur leur "
            "territoire."
        ),
        "status_en": "",
        "status_fr": "",
    },
    {
        "slug": "greece",
        "country": "GR",
        "name_en": "Greek national network",
        "name_fr": "Réseau national grec",
        "founded_on": None,
        "founded_month_only": True,
        "summary_en": (
            "On 12 April 2018, Greek municipalities and regions of the Alliance met in Athens; according "
            "to the figures published at the time, sixteen of them signed the Declaration against "
            "anti-Gypsyism that day. Their names were not published, so the list of signatories does not "
            "show them."
        ),
        "summary_fr": (
            "Le 12 avril 2018, des municipalités et régions grecques de l'Alliance se sont réunies à "
            "Athènes ; selon les chiffres publiés alors, seize d'entre elles ont signé ce jour-là la "
            "Déclaration contre l'antitsiganisme. Leurs noms n'ont pas été publiés : la liste des "
            "signataires ne les montre donc pas."
        ),
        "status_en": "Members not yet recorded by name",
        "status_fr": "Membres pas encore enregistrés nommément",
    },
    {
        "slug": "albania",
        "country": "AL",
        "name_en": "Albanian national network",
        "name_fr": "Réseau national albanais",
        "founded_on": None,
        "founded_month_only": True,
        "summary_en": (
            "Albanian municipalities prepared their national network at a seminar in Tirana in October 2018."
        ),
        "summary_fr": (
            "Les municipalités albanaises ont préparé leur réseau national lors d'un séminaire à Tirana en "
            "octobre 2018."
        ),
        "status_en": "To be formally set up in 2019",
        "status_fr": "Création officielle prévue en 2019",
    },
]

# (name, local name, level, kind)
UKRAINIAN_FOUNDERS = [
    (
        "Transcarpathia Regional State Administration",
        "Закарпатська обласна державна адміністрація",
        "regional",
        "regional-administration",
    ),
    (
        "Zaporizhzhia Regional State Administration",
        "Запорізька обласна державна адміністрація",
        "regional",
        "regional-administration",
    ),
    (
        "Odesa Regional State Administration",
        "Одеська обласна державна адміністрація",
        "regional",
        "regional-administration",
    ),
    (
        "Kharkiv Regional State Administration",
        "Харківська обласна державна адміністрація",
        "regional",
        "regional-administration",
    ),
    (
        "Pereiaslav-Khmelnytskyi District State Administration",
        "Переяслав-Хмельницька районна державна адміністрація",
        "local",
        "district-administration",
    ),
    (
        "Darnytskyi District State Administration",
        "Дарницька районна в місті Києві державна адміністрація",
        "local",
        "district-administration",
    ),
    ("Kropyvnytskyi", "Кропивницький", "local", "city"),
    ("Uzhhorod", "Ужгород", "local", "city"),
    ("Lviv", "Львів", "local", "city"),
]
UKRAINIAN_FIRST_MEETING = D(2017, 11, 16)


def load(command):
    ensure_countries()
    networks = {}
    for fields in NETWORKS:
        values = dict(fields)
        values["country"] = Country.objects.get(code=values["country"])
        networks[fields["slug"]], _ = NationalNetwork.objects.update_or_create(
            slug=fields["slug"], defaults=values
        )
    created = 0
    for name, local_name, level, kind in UKRAINIAN_FOUNDERS:
        authority, new = authority_named(name, "UA", level=level, kind=kind, local_name=local_name)
        created += new
        NetworkMembership.objects.update_or_create(
            network=networks["ukraine"],
            authority=authority,
            defaults={"founding_member": True, "joined_on": UKRAINIAN_FIRST_MEETING},
        )
    return f"{len(networks)} national networks, {NetworkMembership.objects.count()} memberships ({created} authorities created)"
