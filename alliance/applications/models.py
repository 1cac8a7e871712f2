"""Applications to join the Alliance, NGO cooperation proposals and messages to the secretariat.

Each application and proposal goes through the same cycle: it is submitted, confirmed by its
sender through an emailed link, then reviewed by the secretariat, who approves or declines it or
asks for more information. Every step is in the Wagtail audit log of the object.
None of these rows is ever shown on a public page: they hold personal data.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Authority, Country, Kind, Level

from .storage import PrivateFileField


class Status(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("awaiting email confirmation")
    PENDING = "pending", _("awaiting review")
    MORE_INFORMATION = "more-information", _("more information requested")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("declined")


# The statuses in which the secretariat may decide.
REVIEWABLE = (Status.PENDING, Status.MORE_INFORMATION)


class Reviewed(models.Model):
    """What an application and a cooperation proposal share: the sender, the status, the answer."""

    email = models.EmailField(_("email"))
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    language = models.CharField(
        _("language of correspondence"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    consent = models.BooleanField(_("consent to the processing of personal data"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNCONFIRMED, db_index=True
    )
    decision_message = models.TextField(
        _("last message to the sender"), blank=True, help_text=_("Sent with a decision or a question.")
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    # Counts the requests for more information, so that an old link cannot answer a newer question.
    information_round = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        abstract = True
        ordering = ["-submitted_at"]

    @property
    def is_reviewable(self):
        return self.status in REVIEWABLE


class JoinApplication(Reviewed):
    authority_name = models.CharField(_("name of the city or region"), max_length=200)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.LOCAL)
    kind = models.CharField(_("kind of authority"), max_length=30, choices=Kind.choices)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    subdivision = models.CharField(_("region or province"), max_length=100, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    applicant_name = models.CharField(_("name of the person applying"), max_length=200)
    applicant_office = models.CharField(_("office"), max_length=200)
    letter = PrivateFileField(
        _("official decision or letter"),
        upload_to="applications/letters/%Y/%m/",
        download_view="join_application:letter",
    )
    obligations_accepted = models.BooleanField(_("obligations accepted"), default=False)
    # Filled in on approval.
    authority = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("authority in the registry"),
    )
    accession_number = models.PositiveIntegerField(_("accession number"), null=True, blank=True)

    class Meta(Reviewed.Meta):
        verbose_name = _("application to join")
        verbose_name_plural = _("applications to join")

    def __str__(self):
        return f"{self.authority_name} ({self.country.code})"

    @property
    def sender_name(self):
        return self.applicant_name


class CooperationProposal(Reviewed):
    organisation = models.CharField(_("organisation"), max_length=200)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    website = models.URLField(_("website"), blank=True)
    areas_of_work = models.TextField(_("areas of work"), max_length=2000)
    proposal = models.TextField(_("proposal"), max_length=5000)
    contact_name = models.CharField(_("contact person"), max_length=200)

    class Meta(Reviewed.Meta):
        verbose_name = _("cooperation proposal")
        verbose_name_plural = _("cooperation proposals")

    def __str__(self):
        return f"{self.organisation} ({self.country.code})"

    @property
    def sender_name(self):
        return self.contact_name


class Supplement(models.Model):
    """Information the sender added when the secretariat asked for more."""

    application = models.ForeignKey(
        JoinApplication, on_delete=models.CASCADE, null=True, blank=True, related_name="supplements"
    )
    proposal = models.ForeignKey(
        CooperationProposal, on_delete=models.CASCADE, null=True, blank=True, related_name="supplements"
    )
    text = models.TextField(_("additional information"), max_length=5000, blank=True)
    letter = PrivateFileField(
        _("new letter"),
        upload_to="applications/letters/%Y/%m/",
        blank=True,
        download_view="join_application:supplement_letter",
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("additional information")
        verbose_name_plural = _("additional information")
        constraints = [
            models.CheckConstraint(
                condition=Q(application__isnull=False, proposal__isnull=True)
                | Q(application__isnull=True, proposal__isnull=False),
                name="supplement_belongs_to_one_submission",
            )
        ]

    def __str__(self):
        return str(self.application or self.proposal)


class ContactMessage(models.Model):
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    consent = models.BooleanField(_("consent to the processing of personal data"), default=False)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.subject} ({self.name})"

    @property
    def sender(self):
        """Name and address as a mail program writes them: Marc Example <marc@example.org>."""
        return f"{self.name} <{self.email}>"
