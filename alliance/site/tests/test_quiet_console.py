"""The periodic loop shares the console `make run` prints emails to: its jobs speak only when they
did something."""

import datetime
import io

import pytest
from django.core.management import call_command

from alliance.core.models import OutboundEmail

pytestmark = pytest.mark.django_db


def run_once(*args):
    out = io.StringIO()
    call_command("run_periodic", "--once", "-v", "0", *args, stdout=out)
    return out.getvalue()


def test_a_round_with_nothing_to_do_prints_nothing(site_shell):
    assert run_once() == ""


def test_a_round_that_sends_an_email_says_so(site_shell, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutboundEmail.objects.create(
        to="mayor@korce.example.al",
        subject="Your application",
        body_text="Thank you.",
        language="en",
        next_attempt_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    assert run_once() == "1 due email(s): 1 sent.\n"


def test_the_jobs_still_report_nothing_when_asked_to_be_verbose(site_shell):
    out = run_once("-v", "2")
    assert "0 due email(s)." in out
    assert "IP addresses erased from 0" in out


def test_each_job_run_by_hand_still_reports_what_it_did(site_shell):
    out = io.StringIO()
    call_command("send_pending_emails", stdout=out)
    call_command("erase_signature_ips", stdout=out)
    assert "0 due email(s)." in out.getvalue()
    assert "IP addresses erased from 0" in out.getvalue()
