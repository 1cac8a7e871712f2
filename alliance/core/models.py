"""The outgoing mail queue. A row is written in the same transaction as the change it reports,
so an email is never announced without being stored, nor stored for a change that rolled back."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboundEmailQuerySet(models.QuerySet):
    def due(self, now=None):
        """Queued emails whose next attempt time has come."""
        return self.filter(status=OutboundEmail.Status.QUEUED, next_attempt_at__lte=now or timezone.now())


class OutboundEmail(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    to = models.TextField(_("to"), help_text=_("One address a line."))
    reply_to = models.TextField(_("reply to"), blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField(_("text body"))
    body_html = models.TextField(_("HTML body"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    template = models.CharField(_("template"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="core_email_due")]

    def __str__(self):
        return f"{self.subject} → {self.to_display}"

    @property
    def recipients(self):
        return [line.strip() for line in self.to.splitlines() if line.strip()]

    @property
    def reply_to_list(self):
        return [line.strip() for line in self.reply_to.splitlines() if line.strip()]

    @property
    def to_display(self):
        return ", ".join(self.recipients)
