"""Demonstration action plans, each marked as such on its page: the public record names a plan or
local work for Tivat and Megara (alliance-facts, "local_action_examples"), so their measures follow
that record; budgets, dates, progress reports and their figures, and the plans of Heraklion (in force)
and Strasbourg (under review) are made up to show the feature."""

import datetime

from django.utils import timezone

from alliance.authorities.models import Authority

from .models import ActionPlan, Indicator, Measure, MeasureProgress, ProgressReport, Status

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
        "published_at": datetime.datetime(2012, 1, 16, 10, tzinfo=datetime.UTC),
        # (due on, first submitted on, results, [status of each measure], [(indicator, unit, baseline, value)])
        "reports": [
            (
                datetime.date(2013, 12, 20),
                datetime.date(2013, 12, 2),
                "A memorandum with Kotor and UNICEF now frames the work on Roma and Egyptian children's "
                "pre-school enrolment, school drop-out and results.",
                [("ongoing", 21000), ("ongoing", 9000)],
                [("Roma and Egyptian children in pre-school", "children", 12, 31)],
            ),
        ],
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
        "published_at": datetime.datetime(2014, 4, 1, 10, tzinfo=datetime.UTC),
        "reports": [
            (
                datetime.date(2016, 3, 10),
                datetime.date(2016, 2, 25),
                "The Support Center for Roma and Vulnerable Groups opened with EU funds and offers legal help, "
                "support for small businesses and training of unemployed people.",
                [("ongoing", 120000), ("ongoing", 60000), ("ongoing", 90000)],
                [("People who used the support centre", "people", 0, 350)],
            ),
            (
                datetime.date(2018, 3, 10),
                datetime.date(2018, 6, 4),
                "The housing programme and the health and social centre continued.",
                [("done", 390000), ("ongoing", 110000), ("ongoing", 200000)],
                [("People who used the support centre", "people", 0, 820)],
            ),
        ],
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
        "status": Status.PUBLISHED,
        "title": "Local Action Plan for Roma Inclusion",
        "summary": "A plan in force, whose first progress report the demo focal point can write.",
        "first_year": 2026,
        "last_year": 2029,
        "adopted_by": "Municipal council of Heraklion",
        "adopted_on": datetime.date(2026, 6, 1),
        "published_at": datetime.datetime(2026, 7, 1, 10, tzinfo=datetime.UTC),
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
            (
                "Water and electricity in the settlements",
                "housing",
                250000,
                "Municipal budget and EU funds",
                "Connecting the homes of two settlements to the water and electricity networks.",
                "Technical department",
                "Each family agrees the works with the engineers.",
            ),
        ],
    },
    {
        "authority": ("Strasbourg", "FR"),
        "status": Status.SUBMITTED,
        "title": "Local Action Plan for the inclusion of Roma and Travellers",
        "summary": "A plan awaiting the secretariat's review, to show the review in the back office.",
        "first_year": 2027,
        "last_year": 2030,
        "adopted_by": "Municipal council of Strasbourg",
        "adopted_on": datetime.date(2026, 11, 16),
        "measures": [
            (
                "Health mediators",
                "health",
                80000,
                "Municipal budget",
                "Health mediators accompany families to health care.",
                "Public health department",
                "The mediators come from the Roma and Traveller communities.",
            ),
        ],
    },
]


def _report(plan, measures, due_on, submitted_on, results, statuses, indicators):
    submitted = datetime.datetime.combine(submitted_on, datetime.time(10), tzinfo=datetime.UTC)
    report = ProgressReport.objects.create(
        plan=plan,
        due_on=due_on,
        status=Status.PUBLISHED,
        results=results,
        roma_participation="The associations that drew up the plan with the municipality followed its work.",
        first_submitted_at=submitted,
        submitted_at=submitted,
        published_at=submitted + datetime.timedelta(days=14),
    )
    for measure, (status, spent) in zip(measures, statuses, strict=True):
        MeasureProgress.objects.create(report=report, measure=measure, status=status, spent=spent)
    for name, unit, baseline, value in indicators:
        Indicator.objects.create(
            report=report,
            name=name,
            unit=unit,
            baseline=baseline,
            baseline_year=plan.first_year,
            value=value,
            value_year=due_on.year,
        )


def load(command):
    created = 0
    for entry in PLANS:
        name, country = entry["authority"]
        authority = Authority.objects.filter(name=name, country__code=country).first()
        if authority is None or ActionPlan.objects.filter(authority=authority, title=entry["title"]).exists():
            continue
        values = {
            key: value for key, value in entry.items() if key not in ("authority", "measures", "reports")
        }
        published = entry["status"] == Status.PUBLISHED
        values.setdefault("published_at", timezone.now() if published else None)
        plan = ActionPlan.objects.create(
            authority=authority, demonstration=True, submitted_at=timezone.now(), **values
        )
        measures = []
        for order, (title, area, budget, funding, description, body, roma) in enumerate(entry["measures"]):
            measures.append(
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
            )
        for report in entry.get("reports", []):
            _report(plan, measures, *report)
        created += 1
    return f"{created} demonstration action plans created, {ActionPlan.objects.public().count()} published"
