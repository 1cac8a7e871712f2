"""State changes of an action plan: saved as a draft, submitted, accepted (published) or sent back
with a message. Each one is audited in the plan's history and emailed through the outbox."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.core.links import absolute_reverse
from alliance.core.mail import queue_email
from alliance.focalpoints.models import FocalPoint

from .models import EDITABLE, ActionPlan, Status

NOT_EDITABLE = _("This plan is with the secretariat or published; it cannot be changed now.")


def _locked(plan):
    return ActionPlan.objects.select_for_update().get(pk=plan.pk)


def _tell_secretariat(plan):
    queue_email(
        settings.SECRETARIAT_EMAIL,
        "actionplans/emails/submitted",
        {
            "plan": str(plan),
            "authority": str(plan.authority),
            "url": absolute_reverse("actionplans_admin:review", plan.pk),
        },
        settings.LANGUAGE_CODE,
    )


def _tell_focal_points(plan, template):
    """Every active focal point of the authority hears the decision, each in their own language."""
    for focal_point in FocalPoint.objects.active().filter(authority=plan.authority_id):
        queue_email(
            focal_point.email,
            template,
            {
                "plan": plan.title,
                "message": plan.review_message,
                "url": absolute_reverse("focalpoints:home", language=focal_point.language),
            },
            focal_point.language,
        )


def save(plan, authority, user, *, measures=None, submit=False):
    """A focal point saves their authority's plan (and its measures, a saved formset), as a draft or
    submitted for review, in one transaction: nothing is half-written."""
    with transaction.atomic():
        creating = plan.pk is None
        if not creating:
            current = _locked(plan)
            if current.status not in EDITABLE or current.authority_id != authority.pk:
                raise ValidationError(NOT_EDITABLE)
        plan.authority = authority
        plan.save()
        if measures is not None:
            measures.instance = plan
            measures.save()
        log(plan, "wagtail.create" if creating else "wagtail.edit", user=user)
        if submit:
            _submit(plan, user)
    return plan


def _submit(plan, user):
    if not plan.measures.exists():
        raise ValidationError(_("Add at least one measure before submitting the plan."))
    plan.status = Status.SUBMITTED
    plan.submitted_at = timezone.now()
    plan.save(update_fields=["status", "submitted_at", "updated_at"])
    log(plan, "actionplans.submit", user=user)
    _tell_secretariat(plan)


def submit(plan, user):
    with transaction.atomic():
        plan = _locked(plan)
        if plan.status not in EDITABLE:
            raise ValidationError(NOT_EDITABLE)
        _submit(plan, user)
    return plan


def accept(plan, user):
    """The secretariat accepts the plan: it is published on the participant's profile at once."""
    with transaction.atomic():
        plan = _locked(plan)
        if plan.status != Status.SUBMITTED:
            raise ValidationError(_("Only a submitted plan can be accepted."))
        now = timezone.now()
        plan.status = Status.PUBLISHED
        plan.review_message = ""
        plan.reviewed_by = user
        plan.reviewed_at = now
        plan.published_at = now
        plan.save()
        log(plan, "actionplans.accept", user=user)
        _tell_focal_points(plan, "actionplans/emails/accepted")
    return plan


def ask_for_changes(plan, user, message):
    message = (message or "").strip()
    if not message:
        raise ValidationError(_("Say what should change: the focal points will read it."))
    with transaction.atomic():
        plan = _locked(plan)
        if plan.status != Status.SUBMITTED:
            raise ValidationError(_("Only a submitted plan can be sent back for changes."))
        plan.status = Status.CHANGES_REQUESTED
        plan.review_message = message
        plan.reviewed_by = user
        plan.reviewed_at = timezone.now()
        plan.save()
        log(plan, "actionplans.ask_for_changes", user=user, data={"message": message})
        _tell_focal_points(plan, "actionplans/emails/changes-requested")
    return plan


def withdraw(plan, user):
    """The secretariat takes a published plan off the site; it goes back to its focal points as a draft."""
    with transaction.atomic():
        plan = _locked(plan)
        if plan.status != Status.PUBLISHED:
            raise ValidationError(_("Only a published plan can be withdrawn."))
        plan.status = Status.DRAFT
        plan.published_at = None
        plan.save(update_fields=["status", "published_at", "updated_at"])
        log(plan, "actionplans.withdraw", user=user)
    return plan
