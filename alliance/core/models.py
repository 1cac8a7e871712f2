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
    headers = models.JSONField(
        _("extra headers"), default=dict, blank=True, help_text=_("For example List-Unsubscribe.")
    )
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


class Generation(models.Model):
    """How often the data behind one family of published figures has changed.

    Database triggers (created by migrations, see `core/triggers.py`) bump the row in the same
    transaction as every write to the tables it watches, whoever writes: the back office, a task,
    an import, a raw `queryset.update()` or the shell. Cached figures are stored under the
    generation they were computed at (`core/generations.py`), so no process can read a stale one.
    """

    domain = models.CharField(primary_key=True, max_length=40)
    number = models.BigIntegerField(default=0)
    # Random at every bump: a change that rolls back never leaves its number to a later change.
    nonce = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("generation of published figures")
        verbose_name_plural = _("generations of published figures")

    def __str__(self):
        return f"{self.domain} {self.number}"


class AttemptCount(models.Model):
    """Attempts at a rate-limited form in one fixed window, counted once for every process.

    Used when no Redis is configured; `core/attempts.py` increments it with one atomic upsert.
    The key is a keyed hash: no address, IP or email is stored.
    """

    key = models.CharField(primary_key=True, max_length=80)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.BigIntegerField(db_index=True, help_text="Unix time after which the window is over.")

    class Meta:
        verbose_name = _("rate-limit attempt count")
        verbose_name_plural = _("rate-limit attempt counts")

    def __str__(self):
        return f"{self.key}: {self.count}"


class AcceptedForm(models.Model):
    """A public form's one-time token, spent by the submission that carried it.

    Written in the same transaction as what the form stored: a second submission of the same page
    (Back, then Send again; a double click) finds it and is told that we already have it.
    Rows older than the life of a form token are of no more use and are deleted periodically.
    """

    key = models.CharField(max_length=64, unique=True)
    scope = models.CharField(max_length=40)
    accepted_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("accepted form")
        verbose_name_plural = _("accepted forms")

    def __str__(self):
        return f"{self.scope} {self.accepted_at:%Y-%m-%d %H:%M}"


class SignInFailures(models.Model):
    """Wrong passwords given for one account from one address (the key is a keyed hash of the
    pair: neither is stored). Only failures count, and only against that pair: a person elsewhere
    is never held back, and each failure past the first few makes the next try wait longer.
    Forgotten after a right password, or a day after the last failure."""

    key = models.CharField(primary_key=True, max_length=64)
    failures = models.PositiveIntegerField(default=0)
    last_failed_at = models.DateTimeField(db_index=True)
    wait_until = models.DateTimeField()

    class Meta:
        verbose_name = _("wrong passwords from one address")
        verbose_name_plural = _("wrong passwords from one address")

    def __str__(self):
        return f"{self.failures} until {self.wait_until:%Y-%m-%d %H:%M:%S}"


class Heartbeat(models.Model):
    """The last sign of life of a long-running process (the task worker, the periodic loop), in the
    database so that every node's /healthz sees the same: one row per process name."""

    name = models.CharField(_("process"), max_length=100, primary_key=True)
    beat_at = models.DateTimeField(_("last heartbeat"))
    host = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("process id"), null=True)

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self):
        return f"{self.name} @ {self.beat_at:%Y-%m-%d %H:%M:%S}"
