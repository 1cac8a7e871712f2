"""Demonstration action plans, each marked as such on its page: the public record names a plan or
local work for Tivat and Megara (alliance-facts, "local_action_examples"), so their measures follow
that record; budgets, dates and the Heraklion plan under review are made up to show the feature."""

import datetime

from django.utils import timezone

from alliance.authorities.models import Authority

from .models import ActionPlan, Measure, Status

PLANS = [
    {
        "authority": ("Tivat", "ME"),
        "status": Status.PUBLISHED,
        "title": "Local Action Plan for Roma and Egyptians",
        "summary": (
            "Drawn up in 2011 with the Association of Egyptians and the NGO “CSO Young Roma”. Its first aim is "
            "that Roma and Egyptian children start school on an equal footing and stay in it."
        ),
        "first_year": 2011,
        "last_year": 2015,
        "adopted_by": "Municipal Assembly of Tivat",
        "adopted_on": datetime.date(2011, 12, 20),
        "measures": [
            (
                "Pre-school places for Roma and Egyptian children",
                "education",
                30000,
                "Municipal budget, UNICEF",
                "Pre-school enrolment, followed with Kotor and UNICEF under a shared memorandum.",
                "Secretariat for social affairs",
                "Parents from both communities take part in enrolment days.",
            ),
            (
                "Keeping pupils in school",
                "education",
                18000,
                "Municipal budget",
                "Mentoring and school materials for pupils at risk of dropping out; results are followed each year.",
                "Secretariat for social affairs",
                "Young Roma volunteers of CSO Young Roma act as mentors.",
            ),
        ],
    },
    {
        "authority": ("Megara", "GR"),
        "status": Status.PUBLISHED,
        "title": "Local Action Plan for Roma Inclusion",
        "summary": "Housing, health and a support centre for Roma and other vulnerable groups.",
        "first_year": 2014,
        "last_year": 2020,
        "adopted_by": "Municipal council of Megara",
        "adopted_on": datetime.date(2014, 3, 10),
        "measures": [
            (
                "Housing programme",
                "housing",
                400000,
                "Municipal budget",
                "Improving the housing conditions of Roma families.",
                "Technical department",
                "Families choose the works with the municipal engineers.",
            ),
            (
                "Health and social centre",
                "health",
                150000,
                "Municipal budget",
                "A centre offering health care and social support in the Roma neighbourhood.",
                "Social services department",
                "Roma health mediators work in the centre.",
            ),
            (
                "Support Center for Roma and Vulnerable Groups",
                "employment",
                250000,
                "EU funds",
                "Legal help, support for small businesses and training of unemployed people, from 2014.",
                "Social services department",
                "Roma staff welcome the visitors.",
            ),
        ],
    },
    {
        "authority": ("Heraklion", "GR"),
        "status": Status.SUBMITTED,
        "title": "Local Action Plan for Roma Inclusion",
        "summary": "A plan awaiting the secretariat's review, to show the review in the back office.",
        "first_year": 2026,
        "last_year": 2029,
        "adopted_by": "Municipal council of Heraklion",
        "adopted_on": datetime.date(2026, 6, 1),
        "measures": [
            (
                "School mediators",
                "education",
                60000,
                "Municipal budget",
                "Mediators between schools and Roma families in three districts.",
                "Department of education",
                "The mediators are recruited in the Roma community.",
            ),
            (
                "Roma voices in municipal consultations",
                "political-participation",
                5000,
                "Municipal budget",
                "A standing place for Roma representatives in the consultations of the municipality.",
                "Mayor's office",
                "Roma associations name the representatives.",
            ),
        ],
    },
]


def load(command):
    created = 0
    for entry in PLANS:
        name, country = entry["authority"]
        authority = Authority.objects.filter(name=name, country__code=country).first()
        if authority is None or ActionPlan.objects.filter(authority=authority, title=entry["title"]).exists():
            continue
        values = {key: value for key, value in entry.items() if key not in ("authority", "measures")}
        now = timezone.now()
        plan = ActionPlan.objects.create(
            authority=authority,
            demonstration=True,
            submitted_at=now,
            published_at=now if entry["status"] == Status.PUBLISHED else None,
            **values,
        )
        for order, (title, area, budget, funding, description, body, roma) in enumerate(entry["measures"]):
            Measure.objects.create(
                plan=plan,
                title=title,
                area=area,
                budget=budget,
                funding_source=funding,
                description=description,
                responsible_body=body,
                roma_involvement=roma,
                order=order,
            )
        created += 1
    return f"{created} demonstration action plans created, {ActionPlan.objects.public().count()} published"
