"""State changes of applications, cooperation proposals and contact messages.

Each function runs in one transaction, locks the row it changes, writes the audit log entry
(who, from which status to which, with the message) and queues the emails, which leave only
once the transaction has committed.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.log_actions import log

from alliance.authorities.models import Authority
from alliance.core import erasure
from alliance.core.mail import queue_email
from alliance.participants import services as participants
from alliance.participants.models import Participation

from . import announcements, links
from .matching import subdivision_code
from .models import REVIEWABLE, ContactMessage, CooperationProposal, JoinApplication, Status
from .storage import private_storage


class ReviewError(Exception):
    """The decision cannot be taken (already decided, already a participant ...); says why."""


def kind_of(submission):
    return "join" if isinstance(submission, JoinApplication) else "cooperate"


def _log_change(submission, action, old, user=None, **data):
    log(
        submission,
        action,
        user=user,
        data={"from": old, "to": submission.status, **{k: v for k, v in data.items() if v not in (None, "")}},
    )


def _email_context(submission, **extra):
    return {"kind": kind_of(submission), "submission": submission, **extra}


# ---------------------------------------------------------------- the sender's side


def submit(form, language):
    """Store a submitted join or cooperation form and send the confirmation link."""
    with transaction.atomic():
        submission = form.save(commit=False)
        submission.language = language
        submission.status = Status.UNCONFIRMED
        submission.save()
        _log_change(submission, "applications.submit", "")
        queue_email(
            submission.email,
            "applications/emails/confirm",
            _email_context(submission, link=links.confirm_url(submission)),
            submission.language,
        )
    return submission


def confirm(model, pk):
    """Confirm a submission's email address. Returns (submission, True) if this call confirmed it."""
    with transaction.atomic():
        submission = model.objects.select_for_update().filter(pk=pk).first()
        if submission is None:
            return None, False
        if submission.status != Status.UNCONFIRMED:
            return submission, False
        submission.status = Status.PENDING
        submission.confirmed_at = timezone.now()
        submission.save(update_fields=["status", "confirmed_at"])
        _log_change(submission, "applications.confirm", Status.UNCONFIRMED)
        queue_email(
            settings.SECRETARIAT_EMAIL,
            "applications/emails/review-needed",
            _email_context(submission, review_url=links.review_url(submission)),
            settings.LANGUAGE_CODE,
        )
    return submission, True


def add_supplement(model, pk, information_round, text, letter):
    """Attach the information asked for and put the submission back in the review queue."""
    with transaction.atomic():
        submission = model.objects.select_for_update().filter(pk=pk).first()
        if (
            submission is None
            or submission.status != Status.MORE_INFORMATION
            or submission.information_round != information_round
        ):
            return None
        supplement = submission.supplements.create(text=text.strip(), letter=letter or "")
        submission.status = Status.PENDING
        submission.save(update_fields=["status"])
        _log_change(
            submission,
            "applications.supplement",
            Status.MORE_INFORMATION,
            message=supplement.text[:500],
            letter=bool(supplement.letter),
        )
        queue_email(
            settings.SECRETARIAT_EMAIL,
            "applications/emails/review-needed",
            _email_context(submission, review_url=links.review_url(submission), supplement=True),
            settings.LANGUAGE_CODE,
        )
    return supplement


# ---------------------------------------------------------------- the secretariat's side


def _lock_for_review(submission):
    locked = type(submission).objects.select_for_update().get(pk=submission.pk)
    if locked.status not in REVIEWABLE:
        raise ReviewError(
            f"{locked} is {locked.get_status_display()}; only submissions awaiting review can be decided."
        )
    return locked


def _decide(submission, user, status, message):
    old = submission.status
    submission.status = status
    submission.decision_message = message
    submission.decided_at = timezone.now()
    submission.decided_by = user
    submission.save(update_fields=["status", "decision_message", "decided_at", "decided_by"])
    return old


def reject(submission, user, message):
    """Decline an application or a proposal, telling the sender why."""
    with transaction.atomic():
        submission = _lock_for_review(submission)
        old = _decide(submission, user, Status.REJECTED, message)
        _log_change(submission, "applications.reject", old, user=user, message=message)
        queue_email(
            submission.email,
            "applications/emails/declined",
            _email_context(submission, message=message),
            submission.language,
        )
    return submission


def ask_for_more(submission, user, message):
    """Ask the sender for more information; the email carries a link to a form to add it."""
    with transaction.atomic():
        submission = _lock_for_review(submission)
        submission.information_round += 1
        submission.save(update_fields=["information_round"])
        old = submission.status
        submission.status = Status.MORE_INFORMATION
        submission.decision_message = message
        submission.save(update_fields=["status", "decision_message"])
        _log_change(submission, "applications.ask_more", old, user=user, message=message)
        queue_email(
            submission.email,
            "applications/emails/more-information",
            _email_context(submission, message=message, link=links.supplement_url(submission)),
            submission.language,
        )
    return submission


def accept_proposal(proposal, user, message=""):
    """Accept an NGO's cooperation proposal; the secretariat follows up with the organisation."""
    with transaction.atomic():
        proposal = _lock_for_review(proposal)
        old = _decide(proposal, user, Status.APPROVED, message)
        _log_change(proposal, "applications.approve", old, user=user, message=message)
        queue_email(
            proposal.email,
            "applications/emails/accepted",
            _email_context(proposal, message=message),
            proposal.language,
        )
    return proposal


def approve(application, user, authority=None, message=""):
    """Admit the applicant to the Alliance.

    `authority` is the registry's record the reviewer picked among the suggested matches, or None
    to create a new record from the application. In one transaction: the authority is admitted
    (participants.services.admit: the next accession number, audited; the move of the counters'
    generation follows), the applicant is told and a draft news item is prepared.
    """
    with transaction.atomic():
        application = _lock_for_review(application)
        # Taken before anything writes to participations (saving an authority updates the copies
        # on its participations), so that two approvals cannot each hold half of what the other needs.
        participants.lock_participations()
        if authority is None:
            authority = _new_authority(application)
        elif authority.country_id != application.country_id:
            raise ReviewError("The chosen authority is in another country than the application.")
        elif Participation.objects.current().filter(authority=authority).exists():
            raise ReviewError(f"{authority} already takes part in the Alliance.")
        participation = participants.admit(
            authority, timezone.localdate(), user=user, source=f"application {application.pk}"
        )
        application.authority = authority
        application.accession_number = participation.accession_number
        application.save(update_fields=["authority", "accession_number"])
        old = _decide(application, user, Status.APPROVED, message)
        _log_change(
            application,
            "applications.approve",
            old,
            user=user,
            message=message,
            authority=authority.pk,
            accession_number=participation.accession_number,
        )
        queue_email(
            application.email,
            "applications/emails/approved",
            _email_context(
                application,
                message=message,
                accession_number=participation.accession_number,
                profile_url=links.profile_url(authority, application.language),
            ),
            application.language,
        )
        draft = announcements.prepare(authority, participation, user)
        if draft is not None:
            log(application, "applications.news_draft", user=user, data=draft)
    return application


def _new_authority(application):
    authority = Authority(
        name=application.authority_name.strip(),
        level=application.level,
        kind=application.kind,
        country=application.country,
        subdivision_code=subdivision_code(application.country.code, application.subdivision),
        population=application.population,
        website=application.website,
    )
    authority.save()
    log(authority, "wagtail.create", data={"from_application": application.pk})
    return authority


# ---------------------------------------------------------------- contact


def send_contact_message(form, language):
    with transaction.atomic():
        message = form.save(commit=False)
        message.language = language
        message.save()
        log(message, "applications.contact", data={"language": language})
        context = {"contact": message}
        queue_email(
            settings.SECRETARIAT_EMAIL,
            "applications/emails/contact-secretariat",
            context,
            settings.LANGUAGE_CODE,
            reply_to=message.email,
        )
        # The address has not proved it belongs to the sender: it gets a receipt in the secretariat's
        # words only, never the name, subject or text typed in the form (else anyone could send their
        # text to anyone, from the Alliance's address).
        queue_email(message.email, "applications/emails/contact-receipt", context, language)
    return message


# ---------------------------------------------------------------- erasure and retention

ERASE = "applications.erase"


def erase(record, user=None, reason="request"):
    """Delete an application, a cooperation proposal or a contact message and every copy of what
    it holds: its letters in private storage, the emails sent about it, the personal data of its
    audit history. The audit keeps one entry: that it was erased, by whom, when and why (at the
    sender's request, or at the end of its retention period), under a neutral label."""
    with transaction.atomic():
        record = type(record).objects.select_for_update().get(pk=record.pk)
        files = [record.letter.name] if getattr(record, "letter", None) else []
        if hasattr(record, "supplements"):
            files += [supplement.letter.name for supplement in record.supplements.all() if supplement.letter]
        created = getattr(record, "submitted_at", None) or record.sent_at
        label = erasure.neutral_label(record)
        erasure.forget_history(record, label)
        erasure.forget_emails(record.email, created)
        log(record, ERASE, user=user, title=label, data={"reason": reason}, deleted=True)
        record.delete()
        erasure.delete_files_on_commit(private_storage(), files)


def retention_days():
    return {**DEFAULT_RETENTION_DAYS, **getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", {})}


DEFAULT_RETENTION_DAYS = {"unconfirmed": 30, "decided": 3 * 365, "contact": 2 * 365}


def expired(now=None):
    """The submissions whose retention period is over: never confirmed by their sender, decided
    long ago, or contact messages answered long ago. Nothing awaiting a decision ever expires."""
    now = now or timezone.now()
    days = retention_days()

    def before(key):
        return now - datetime.timedelta(days=days[key])

    submissions = Q(status=Status.UNCONFIRMED, submitted_at__lt=before("unconfirmed")) | Q(
        status__in=(Status.APPROVED, Status.REJECTED), decided_at__lt=before("decided")
    )
    return [
        *JoinApplication.objects.filter(submissions),
        *CooperationProposal.objects.filter(submissions),
        *ContactMessage.objects.filter(sent_at__lt=before("contact")),
    ]


def erase_expired(now=None):
    """Erase every submission past its retention period; returns how many."""
    records = expired(now)
    for record in records:
        erase(record, reason="retention")
    return len(records)
