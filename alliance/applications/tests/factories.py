"""Submissions in a given state, built directly (the forms have their own tests)."""

from django.core.files.base import ContentFile

from alliance.applications.models import ContactMessage, CooperationProposal, JoinApplication, Status

from .conftest import TINY_PDF


def make_application(country, status=Status.PENDING, **fields):
    values = {
        "authority_name": "Budva",
        "level": "local",
        "kind": "municipality",
        "country": country,
        "population": 27000,
        "applicant_name": "Ana Example",
        "applicant_office": "Deputy Mayor",
        "email": "ana@example.org",
        "language": "en",
        "consent": True,
        "obligations_accepted": True,
        "status": status,
        **fields,
    }
    application = JoinApplication(**values)
    application.letter.save("letter.pdf", ContentFile(TINY_PDF), save=False)
    application.save()
    return application


def make_proposal(country, status=Status.PENDING, **fields):
    values = {
        "organisation": "Roma Education Example Fund",
        "country": country,
        "areas_of_work": "education",
        "proposal": "Joint training for school mediators.",
        "contact_name": "Lea Example",
        "email": "lea@example.org",
        "language": "fr",
        "consent": True,
        "status": status,
        **fields,
    }
    return CooperationProposal.objects.create(**values)


def make_message(**fields):
    values = {
        "name": "Marc Example",
        "email": "marc@example.org",
        "subject": "A question",
        "message": "Hello",
        "consent": True,
        **fields,
    }
    return ContactMessage.objects.create(**values)
