"""State changes of an action plan and of its progress reports: saved as a draft, submitted,
accepted (published) or sent back with a message. Each one is audited in the object's history and
emailed through the outbox. Plans and reports go through the same review, so one set of steps
serves both; only their wording differs (`_KINDS`)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.core.links import absolute_reverse
from alliance.core.mail import queue_email
from alliance.focalpoints.models import FocalPoint

from .models import EDITABLE, ActionPlan, ProgressReport, Status

NOT_EDITABLE = _("This plan is with the secretariat or published; it cannot be changed now.")
REPORT_NOT_EDITABLE = _("This report is with the secretariat or published; it cannot be changed now.")

# For each kind: the audit prefix, the back office's review URL name and the emails' folder prefix.
_KINDS = {
    ActionPlan: ("actionplans", "actionplans_admin:review", "actionplans/emails/"),
    ProgressReport: ("actionplans.report", "actionplans_reports:review", "actionplans/emails/report-"),
}


def _locked(item):
    return type(item).objects.select_for_update().get(pk=item.pk)


def _plan_of(item):
    return item if isinstance(item, ActionPlan) else item.plan


def _tell_secretariat(item):
    _prefix, review_url, emails = _KINDS[type(item)]
    plan = _plan_of(item)
    queue_email(
        settings.SECRETARIAT_EMAIL,
        f"{emails}submitted",
        {"plan": str(plan), "authority": str(plan.authority), "url": absolute_reverse(review_url, item.pk)},
        settings.LANGUAGE_CODE,
    )


def tell_focal_points(plan, template, context=None):
    """Every active focal point of the plan's authority is told, each in their own language."""
    for focal_point in FocalPoint.objects.active().filter(authority=plan.authority_id):
        queue_email(
            focal_point.email,
            template,
            {
                "plan": plan.title,
                "url": absolute_reverse("focalpoints:home", language=focal_point.language),
                **(context or {}),
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


def save_report(report, plan, user, *, progress, indicators, submit=False):
    """A focal point saves a progress report of their authority's published plan: the report, the
    progress of each measure ({measure: cleaned data}) and its indicators (a formset), at once."""
    with transaction.atomic():
        creating = report.pk is None
        if not creating:
            current = _locked(report)
            if current.status not in EDITABLE or current.plan_id != plan.pk:
                raise ValidationError(REPORT_NOT_EDITABLE)
        elif plan.status != Status.PUBLISHED:
            raise ValidationError(_("Only a published plan has progress reports."))
        report.plan = plan
        report.save()
        for measure, data in progress.items():
            report.progress.update_or_create(measure=measure, defaults=data)
        indicators.instance = report
        indicators.save()
        log(report, "wagtail.create" if creating else "wagtail.edit", user=user)
        if submit:
            _submit(report, user)
    return report


def _submit(item, user):
    if isinstance(item, ActionPlan) and not item.measures.exists():
        raise ValidationError(_("Add at least one measure before submitting the plan."))
    now = timezone.now()
    item.status = Status.SUBMITTED
    item.submitted_at = now
    fields = ["status", "submitted_at", "updated_at"]
    if isinstance(item, ProgressReport) and not item.first_submitted_at:
        item.first_submitted_at = now
        fields.append("first_submitted_at")
    item.save(update_fields=fields)
    log(item, f"{_KINDS[type(item)][0]}.submit", user=user)
    _tell_secretariat(item)


def submit(item, user):
    with transaction.atomic():
        item = _locked(item)
        if item.status not in EDITABLE:
            raise ValidationError(NOT_EDITABLE if isinstance(item, ActionPlan) else REPORT_NOT_EDITABLE)
        _submit(item, user)
    return item


def accept(item, user):
    """The secretariat accepts a plan or a report: it is published at once."""
    with transaction.atomic():
        item = _locked(item)
        if item.status != Status.SUBMITTED:
            raise ValidationError(_("Only a submitted plan or report can be accepted."))
        now = timezone.now()
        item.status = Status.PUBLISHED
        item.review_message = ""
        item.reviewed_by = user
        item.reviewed_at = now
        item.published_at = now
        item.save()
        prefix, _review, emails = _KINDS[type(item)]
        log(item, f"{prefix}.accept", user=user)
        tell_focal_points(_plan_of(item), f"{emails}accepted")
    return item


def ask_for_changes(item, user, message):
    message = (message or "").strip()
    if not message:
        raise ValidationError(_("Say what should change: the focal points will read it."))
    with transaction.atomic():
        item = _locked(item)
        if item.status != Status.SUBMITTED:
            raise ValidationError(_("Only a submitted plan or report can be sent back for changes."))
        item.status = Status.CHANGES_REQUESTED
        item.review_message = message
        item.reviewed_by = user
        item.reviewed_at = timezone.now()
        item.save()
        prefix, _review, emails = _KINDS[type(item)]
        log(item, f"{prefix}.ask_for_changes", user=user, data={"message": message})
        tell_focal_points(_plan_of(item), f"{emails}changes-requested", {"message": message})
    return item


def withdraw(item, user):
    """The secretariat takes a published plan or report off the site; it goes back to its focal
    points as a draft."""
    with transaction.atomic():
        item = _locked(item)
        if item.status != Status.PUBLISHED:
            raise ValidationError(_("Only a published plan or report can be withdrawn."))
        item.status = Status.DRAFT
        item.published_at = None
        item.save(update_fields=["status", "published_at", "updated_at"])
        log(item, f"{_KINDS[type(item)][0]}.withdraw", user=user)
    return item
