"""A participant's focal point: the official who keeps the authority's public profile current.

The contact details here are private: they reach the secretariat only, never a public page.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Authority


class FocalPointQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True, user__isnull=False, user__is_active=True)


class FocalPoint(models.Model):
    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="focal_points", verbose_name=_("authority")
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="focal_point",
        verbose_name=_("account"),
        editable=False,
    )
    name = models.CharField(_("name"), max_length=200)
    office = models.CharField(
        _("office"), max_length=200, blank=True, help_text=_("For example: Deputy Mayor.")
    )
    # Also the account's user name, which Django caps at 150 characters.
    email = models.EmailField(_("email address"), max_length=150)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    language = models.CharField(
        _("language of the emails"), max_length=2, choices=settings.LANGUAGES, default="en"
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to close the members area to this focal point.")
    )
    invited_at = models.DateTimeField(_("last invited at"), null=True, blank=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
        editable=False,
    )
    accepted_at = models.DateTimeField(_("invitation accepted at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FocalPointQuerySet.as_manager()

    class Meta:
        ordering = ["authority__name", "name"]
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")

    def __str__(self):
        return f"{self.name} ({self.authority})"

    @property
    def has_accepted(self):
        return self.user_id is not None
