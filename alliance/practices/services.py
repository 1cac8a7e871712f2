"""State changes of a good practice: proposed, submitted, published or rejected. Each is audited."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.core.links import absolute_reverse
from alliance.core.mail import queue_email

from .models import GoodPractice, Status


def _admin_url(practice):
    return absolute_reverse("practices_admin:review", practice.pk)


def _tell_secretariat(practice):
    queue_email(
        settings.SECRETARIAT_EMAIL,
        "practices/emails/submitted",
        {"title": str(practice), "authority": str(practice.authority or ""), "url": _admin_url(practice)},
        settings.LANGUAGE_CODE,
    )


def _tell_author(practice, template):
    """The focal point who proposed the practice hears the decision, in their own language."""
    author = practice.submitted_by
    focal_point = getattr(author, "focal_point", None) if author else None
    if focal_point is None or not author.email:
        return
    url = absolute_reverse("focalpoints:home", language=focal_point.language)
    queue_email(
        author.email,
        template,
        {"title": str(practice), "reason": practice.rejection_reason, "url": url},
        focal_point.language,
    )


def _locked(practice):
    return GoodPractice.objects.select_for_update().get(pk=practice.pk)


def propose(practice, authority, user, *, submit):
    """A focal point saves a practice of their own authority, as a draft or submitted for review."""
    with transaction.atomic():
        creating = practice.pk is None
        if not creating:
            # A moderator may have taken it up meanwhile: what is under review stays as it is.
            current = _locked(practice)
            if current.status not in (Status.DRAFT, Status.REJECTED) or current.authority_id != authority.pk:
                raise ValidationError(
                    _("This practice is being reviewed or is published; it cannot be changed.")
                )
        practice.authority = authority
        if creating:
            practice.submitted_by = user
        practice.status = Status.DRAFT
        practice.rejection_reason = ""
        practice.save()
        log(practice, "wagtail.create" if creating else "wagtail.edit", user=user)
        if submit:
            _submit(practice, user)
    return practice


def _submit(practice, user):
    practice.status = Status.SUBMITTED
    practice.submitted_by = practice.submitted_by or user
    practice.submitted_at = timezone.now()
    practice.save(update_fields=["status", "submitted_by", "submitted_at", "updated_at"])
    log(practice, "practices.submit", user=user)
    _tell_secretariat(practice)


def submit(practice, user):
    with transaction.atomic():
        practice = _locked(practice)
        if practice.status not in (Status.DRAFT, Status.REJECTED):
            raise ValidationError(_("Only a draft or a rejected practice can be submitted."))
        practice.rejection_reason = ""
        practice.save(update_fields=["rejection_reason"])
        _submit(practice, user)
    return practice


def publish(practice, user):
    with transaction.atomic():
        practice = _locked(practice)
        if practice.status == Status.PUBLISHED:
            raise ValidationError(_("This practice is already published."))
        now = timezone.now()
        practice.status = Status.PUBLISHED
        practice.rejection_reason = ""
        practice.reviewed_by = user
        practice.reviewed_at = now
        practice.published_at = practice.published_at or now
        practice.save()
        log(practice, "practices.publish", user=user)
        _tell_author(practice, "practices/emails/published")
    return practice


def reject(practice, user, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for the rejection: the author will read it."))
    with transaction.atomic():
        practice = _locked(practice)
        practice.status = Status.REJECTED
        practice.rejection_reason = reason
        practice.reviewed_by = user
        practice.reviewed_at = timezone.now()
        practice.save()
        log(practice, "practices.reject", user=user, data={"reason": reason})
        _tell_author(practice, "practices/emails/rejected")
    return practice


def unpublish(practice, user):
    with transaction.atomic():
        practice = _locked(practice)
        if practice.status != Status.PUBLISHED:
            raise ValidationError(_("Only a published practice can be withdrawn."))
        practice.status = Status.DRAFT
        practice.save(update_fields=["status", "updated_at"])
        log(practice, "practices.unpublish", user=user)
    return practice
