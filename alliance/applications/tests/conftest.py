"""Fixtures of the applications tests: a tiny PDF, private storage in a temporary folder."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from alliance.core.protection import protection_data

# The smallest document that a PDF reader opens: one empty page.
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n"
)


@pytest.fixture(autouse=True)
def locales(db):
    """Wagtail's locales, as the migrations create them (also when tests run without migrations)."""
    from wagtail.models import Locale

    for code in ("en", "fr"):
        Locale.objects.get_or_create(language_code=code)


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Letters go to a temporary private folder (rate-limit counts start from zero with each test's
    database transaction)."""
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    return settings.PRIVATE_STORAGE_ROOT


def pdf_file(name="decision.pdf", content=TINY_PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def join_data(country, **overrides):
    data = {
        "authority_name": "Budva",
        "level": "local",
        "kind": "municipality",
        "country": str(country.pk),
        "subdivision": "",
        "population": "27000",
        "website": "https://budva.example.org",
        "applicant_name": "Ana Example",
        "applicant_office": "Deputy Mayor",
        "email": "ana@example.org",
        "phone": "+382 33 000 000",
        "obligations_accepted": "on",
        "consent": "on",
        **protection_data(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def cooperation_data(country, **overrides):
    data = {
        "organisation": "Roma Education Example Fund",
        "country": str(country.pk),
        "website": "",
        "areas_of_work": "Education and school mediation",
        "proposal": "We propose joint training for school mediators in participating cities.",
        "contact_name": "Lea Example",
        "email": "lea@example.org",
        "phone": "",
        "consent": "on",
        **protection_data(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def contact_data(**overrides):
    data = {
        "name": "Marc Example",
        "email": "marc@example.org",
        "subject": "A question about the map",
        "message": "Where can I find the list of participants in Greece?",
        "consent": "on",
        **protection_data(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
