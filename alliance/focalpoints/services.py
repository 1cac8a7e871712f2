"""Invitations and the changes a focal point makes; every step is audited."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from alliance.core.links import absolute_reverse, make_link_token
from alliance.core.mail import queue_email

from .models import FocalPoint

INVITATION_PURPOSE = "focal-point-invitation"
INVITATION_DAYS = 14
# The public fields of an authority's profile that its focal point may change; applied at once
# and audited with the values before and after, so the secretariat can see and undo any change.
PROFILE_FIELDS = ["local_name", "website", "population"]


def invitation_url(focal_point):
    token = make_link_token(INVITATION_PURPOSE, focal_point.pk)
    return absolute_reverse("focalpoints:accept", token, language=focal_point.language)


def invite(focal_point, user):
    """Emails the focal point a signed link to choose a password; valid for INVITATION_DAYS days."""
    with transaction.atomic():
        focal_point = (
            FocalPoint.objects.select_for_update().select_related("authority").get(pk=focal_point.pk)
        )
        if focal_point.has_accepted:
            raise ValidationError(_("This focal point already has an account."))
        focal_point.invited_at = timezone.now()
        focal_point.invited_by = user
        focal_point.save(update_fields=["invited_at", "invited_by", "updated_at"])
        queue_email(
            focal_point.email,
            "focalpoints/emails/invitation",
            {
                "name": focal_point.name,
                "authority": focal_point.authority.name,
                "url": invitation_url(focal_point),
                "days": INVITATION_DAYS,
            },
            focal_point.language,
        )
        log(focal_point, "focalpoints.invite", user=user, data={"email": focal_point.email})
    return focal_point


def accept(focal_point_pk, password):
    """Creates the focal point's account; a second use of the same link is refused."""
    user_model = get_user_model()
    with transaction.atomic():
        focal_point = FocalPoint.objects.select_for_update().get(pk=focal_point_pk)
        if focal_point.has_accepted:
            raise ValidationError(_("This invitation has already been used. Sign in with your password."))
        if not focal_point.active:
            raise ValidationError(_("This invitation has been withdrawn."))
        username = focal_point.email.lower()
        if user_model.objects.filter(username__iexact=username).exists():
            raise ValidationError(
                _("An account with this email address exists already. Please contact the secretariat.")
            )
        user = user_model(username=username, email=focal_point.email, first_name=focal_point.name[:150])
        user.set_password(password)
        user.save()
        focal_point.user = user
        focal_point.accepted_at = timezone.now()
        focal_point.save(update_fields=["user", "accepted_at", "updated_at"])
        log(focal_point, "focalpoints.accept", user=user)
    return focal_point


def update_profile(focal_point, values, user):
    """Applies the focal point's changes to their own authority and records what changed."""
    with transaction.atomic():
        authority = type(focal_point.authority).objects.select_for_update().get(pk=focal_point.authority_id)
        changes = {}
        for field in PROFILE_FIELDS:
            before, after = getattr(authority, field), values.get(field)
            if before != after:
                changes[field] = {"before": before, "after": after}
                setattr(authority, field, after)
        if changes:
            authority.save()
            log(authority, "focalpoints.profile_update", user=user, data={"changes": changes})
    return changes


def sync_account(focal_point):
    """After the secretariat changes a focal point's address, the account signs in with the new one.

    Returns False (and changes nothing) when another account already uses that address.
    """
    user_model = get_user_model()
    with transaction.atomic():
        user = user_model.objects.select_for_update().filter(focal_point=focal_point).first()
        if user is None or user.email == focal_point.email:
            return True
        username = focal_point.email.lower()
        if user_model.objects.filter(username__iexact=username).exclude(pk=user.pk).exists():
            return False
        before = user.email
        user.username, user.email = username, focal_point.email
        user.save(update_fields=["username", "email"])
        log(focal_point, "focalpoints.account_email", data={"before": before, "after": focal_point.email})
    return True
