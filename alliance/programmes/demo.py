"""ROMACT and ROMED from the public record.

Only the municipalities the record names are created; the larger figures the secretariat
published (131 municipalities, 59 in Romania, 30 in Bulgaria...) are kept as reported totals.
Where only a year or a month is known, step dates are marked as approximate.
"""

import datetime

from alliance.authorities.countries import ensure_countries

from .models import Phase, Programme, ProgrammeParticipation, ReportedTotal, Step, StepRecord
from .registry import authority_named

D = datetime.date

ROMACT = {
    "slug": "romact",
    "name_en": "ROMACT",
    "name_fr": "ROMACT",
    "summary_en": (
        "A joint programme of the European Commission and the Council of Europe that helps mayors and "
        "municipal teams build inclusive local policies with their Roma communities, step by step: from "
        "the mayor's commitment to projects that receive funding."
    ),
    "summary_fr": (
        "Programme conjoint de la Commission européenne et du Conseil de l'Europe qui aide les maires et "
        "les équipes municipales à construire, avec leurs communautés roms, des politiques locales "
        "inclusives, étape par étape : de l'engagement du maire jusqu'aux projets financés."
    ),
    "started_on": D(2013, 10, 1),
    "tracks_steps": True,
    "order": 1,
}
ROMED = {
    "slug": "romed",
    "name_en": "ROMED",
    "name_fr": "ROMED",
    "summary_en": (
        "The Council of Europe's programme of mediation between Roma communities and public institutions. "
        "ROMACT builds on the experience of its mediators."
    ),
    "summary_fr": (
        "Programme de médiation du Conseil de l'Europe entre les communautés roms et les institutions "
        "publiques. ROMACT s'appuie sur l'expérience de ses médiateurs."
    ),
    "started_on": None,
    "tracks_steps": False,
    "order": 2,
}

# (key, English name, French name, starts_on, ends_on)
PHASES = [
    ("2013", "First countries (2013)", "Premiers pays (2013)", D(2013, 10, 1), None),
    ("2014", "Phase 2014–2018", "Phase 2014-2018", D(2014, 1, 1), D(2018, 9, 30)),
    ("2016", "New municipalities (2016)", "Nouvelles municipalités (2016)", D(2016, 1, 1), None),
]

# (country, phase, joined_on, date known to the day, names)
NAMED = [
    (
        "SK",
        "2013",
        D(2013, 11, 5),
        True,
        ["Chminianske Jakubovany", "Cicava", "Jarovnice", "Košice", "Michalovce", "Žiar nad Hronom"],
    ),
    (
        "SK",
        "2016",
        D(2016, 1, 1),
        False,
        ["Hostice", "Kolačkov", "Lomnička", "Radnovce", "Stropkov", "Vrbnica", "Zbudské Dlhé"],
    ),
    ("IT", "2014", D(2014, 1, 18), True, ["Bari", "Milan", "Naples", "Pavia"]),
    ("IT", "2016", D(2016, 1, 1), False, ["Agropoli", "Garbagnate Milanese", "Prato", "Trento"]),
    (
        "HU",
        "2016",
        D(2016, 1, 1),
        False,
        ["Ács", "Ajka", "Bicske", "Ercsi", "Nyíregyháza", "South Zala", "Szikszó"],
    ),
    (
        "BG",
        "2014",
        D(2014, 1, 1),
        False,
        [
            "Borovan",
            "Boychinovtsi",
            "Isperih",
            "Nikola Kozlevo",
            "Septemvri",
            "Sliven",
            "Sredets",
            "Tundzha",
            "Tvarditsa",
        ],
    ),
    ("RO", "2014", D(2014, 1, 1), False, ["Sighișoara", "Mărășești", "Târnăveni", "Vulcan"]),
]
FUNDED_BY = D(2018, 9, 30)  # the record lists them as funded in the snapshot of September 2018
HUNGARY_STOPPED = D(2017, 3, 1)

# (country or None, phase key or None, start, end, municipalities, countries covered)
TOTALS = [
    (None, None, D(2013, 10, 1), D(2017, 7, 31), 123, []),
    (None, None, D(2013, 10, 1), D(2018, 9, 30), 131, ["HU", "IT", "CZ", "SK", "RO", "BG"]),
    ("RO", "2014", D(2014, 1, 1), D(2018, 9, 30), 59, []),
    ("BG", "2014", D(2014, 1, 1), D(2018, 9, 30), 30, []),
]
SOURCE_EN = "Programme figures published by the secretariat"
SOURCE_FR = "Chiffres du programme publiés par le secrétariat"


def load(command):
    ensure_countries()
    romact = _programme(ROMACT)
    _programme(ROMED)
    phases = {}
    for key, name_en, name_fr, starts_on, ends_on in PHASES:
        phases[key], _ = Phase.objects.update_or_create(
            programme=romact,
            name_en=name_en,
            defaults={"name_fr": name_fr, "starts_on": starts_on, "ends_on": ends_on},
        )
    created_authorities = 0
    for code, phase_key, joined_on, exact, names in NAMED:
        for name in names:
            authority, created = authority_named(name, code)
            created_authorities += created
            participation, _ = ProgrammeParticipation.objects.update_or_create(
                programme=romact,
                phase=phases[phase_key],
                authority=authority,
                defaults={
                    "joined_on": joined_on,
                    "stopped_on": HUNGARY_STOPPED if code == "HU" else None,
                },
            )
            _step(participation, Step.COMMITMENT, joined_on, approximate=not exact)
            if code in ("BG", "RO"):
                _step(participation, Step.PROJECTS_FUNDED, FUNDED_BY, approximate=True)
    for code, phase_key, start, end, count, covered in TOTALS:
        total, _ = ReportedTotal.objects.update_or_create(
            programme=romact,
            country_id=None if code is None else _country_id(code),
            period_start=start,
            period_end=end,
            defaults={
                "phase": phases.get(phase_key),
                "municipalities": count,
                "source_en": SOURCE_EN,
                "source_fr": SOURCE_FR,
            },
        )
        if covered:
            total.countries_covered.set([_country_id(c) for c in covered])
    return (
        f"{ProgrammeParticipation.objects.count()} named programme participations "
        f"({created_authorities} authorities created), {ReportedTotal.objects.count()} reported totals"
    )


def _programme(fields):
    programme, _ = Programme.objects.update_or_create(slug=fields["slug"], defaults=fields)
    return programme


def _step(participation, step, day, approximate):
    StepRecord.objects.get_or_create(
        participation=participation, step=step, defaults={"reached_on": day, "approximate": approximate}
    )


def _country_id(code):
    from alliance.authorities.models import Country

    return Country.objects.get(code=code).pk
