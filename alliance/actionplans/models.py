"""Local Action Plans for Roma inclusion: what a participant commits to, measure by measure.

A participant's focal point drafts a plan in the members' area and submits it; the secretariat
accepts it, which publishes it, or asks for changes with a message. Drafts, and plans under review
or sent back, are seen by the focal points of that authority and by the secretariat only.

A plan is written in one language (that of its authority, usually); the page marks it with that
language. Nothing personal is kept on it: the responsible body of a measure is an office or a
department, never a person.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.applications.storage import PrivateFileField
from alliance.authorities.models import Authority
from alliance.programmes.models import Programme

YEARS = [MinValueValidator(1990), MaxValueValidator(2100)]


class Area(models.TextChoices):
    EDUCATION = "education", _("Education")
    HOUSING = "housing", _("Housing")
    EMPLOYMENT = "employment", _("Employment")
    HEALTH = "health", _("Health")
    ANTI_DISCRIMINATION = "anti-discrimination", _("Anti-discrimination and anti-Gypsyism")
    POLITICAL_PARTICIPATION = "political-participation", _("Political participation")
    CULTURE = "culture", _("Culture and Romani language")


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted for review")
    CHANGES_REQUESTED = "changes-requested", _("changes requested")
    PUBLISHED = "published", _("published")


EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED)


class MeasureStatus(models.TextChoices):
    NOT_STARTED = "not-started", _("not started")
    ONGOING = "ongoing", _("ongoing")
    DONE = "done", _("done")
    DROPPED = "dropped", _("dropped")


def _years_after(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


class Reviewed(models.Model):
    """What a plan and a progress report share: written by focal points, reviewed by the secretariat."""

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    review_message = models.TextField(
        _("message from the secretariat"),
        blank=True,
        help_text=_("What the secretariat asks to change; the focal points read it."),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True

    @property
    def is_editable(self):
        return self.status in EDITABLE

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED


class ActionPlanQuerySet(models.QuerySet):
    def public(self):
        """Only what the secretariat accepted: the one queryset public pages, the API and exports use."""
        return self.filter(status=Status.PUBLISHED)

    def in_force_on(self, day):
        """Published plans whose period holds `day`'s year, as published on that day."""
        return self.public().filter(
            published_at__date__lte=day, first_year__lte=day.year, last_year__gte=day.year
        )


class ActionPlan(Reviewed):
    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="action_plans", verbose_name=_("authority")
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("As adopted, for example: Local Action Plan for Roma Inclusion."),
    )
    language = models.CharField(
        _("language of the plan"),
        max_length=2,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language in which the plan below is written."),
    )
    summary = models.TextField(_("summary"), blank=True, max_length=4000)
    first_year = models.PositiveSmallIntegerField(_("from (year)"), validators=YEARS)
    last_year = models.PositiveSmallIntegerField(_("until (year)"), validators=YEARS)
    adopted_by = models.CharField(
        _("adopted by"),
        max_length=200,
        help_text=_("The body that adopted it, for example: the municipal council."),
    )
    adopted_on = models.DateField(_("adopted on"))
    decision = PrivateFileField(
        _("decision (PDF)"),
        download_view="actionplans:decision",
        upload_to="actionplans/decisions/%Y/",
        blank=True,
        help_text=_("The decision that adopted the plan. It is published with the plan."),
    )
    programmes = models.ManyToManyField(
        Programme,
        blank=True,
        related_name="action_plans",
        verbose_name=_("programmes"),
        help_text=_("The Council of Europe programmes the plan builds on, such as ROMACT."),
    )
    report_every_years = models.PositiveSmallIntegerField(
        _("progress report every (years)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("Set by the secretariat: a report is due this many years after the plan, then again."),
    )
    demonstration = models.BooleanField(
        _("demonstration content"),
        default=False,
        help_text=_("Made up to show the feature; the page says so."),
    )
    objects = ActionPlanQuerySet.as_manager()

    class Meta:
        ordering = ["authority__name", "-first_year"]
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        constraints = [
            models.CheckConstraint(
                condition=Q(last_year__gte=models.F("first_year")), name="action_plan_period_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.authority}, {self.period})"

    @property
    def period(self):
        return (
            str(self.first_year)
            if self.first_year == self.last_year
            else f"{self.first_year}–{self.last_year}"
        )

    def areas(self):
        """The areas its measures cover, in the order of `Area`."""
        covered = {measure.area for measure in self.measures.all()}
        return [(value, label) for value, label in Area.choices if value in covered]

    def total_budget(self):
        return sum((measure.budget or 0) for measure in self.measures.all())

    def decision_url(self):
        return reverse("actionplans:decision", args=[self.pk]) if self.decision else ""

    def due_dates(self):
        """The days progress reports are due: every `report_every_years` after adoption, the last
        one in the year after the plan ends. Only those after the plan's publication are asked."""
        if not self.published_at:
            return []
        published_on = timezone.localdate(self.published_at)
        dates, step = [], 1
        while True:
            due = _years_after(self.adopted_on, step * self.report_every_years)
            if due.year > self.last_year + 1:
                return dates
            if due > published_on:
                dates.append(due)
            step += 1


class Measure(models.Model):
    plan = models.ForeignKey(
        ActionPlan, on_delete=models.CASCADE, related_name="measures", verbose_name=_("plan")
    )
    title = models.CharField(_("title"), max_length=200)
    area = models.CharField(_("area"), max_length=30, choices=Area.choices)
    description = models.TextField(_("description"), max_length=4000)
    budget = models.DecimalField(
        _("budget (euros)"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    funding_source = models.CharField(
        _("funding source"), max_length=200, blank=True, help_text=_("For example: municipal budget, ESF+.")
    )
    responsible_body = models.CharField(
        _("responsible body"), max_length=200, help_text=_("A department or an office, not a person.")
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    roma_involvement = models.TextField(
        _("how Roma take part"),
        max_length=2000,
        help_text=_("How Roma are involved in designing and delivering the measure."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="measure_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title


class ProgressReportQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status=Status.PUBLISHED, plan__status=Status.PUBLISHED)


class ProgressReport(Reviewed):
    """What a participant did under its plan, up to a due date the plan's cycle sets. Reviewed and
    published like the plan."""

    plan = models.ForeignKey(
        ActionPlan, on_delete=models.CASCADE, related_name="reports", verbose_name=_("plan")
    )
    due_on = models.DateField(_("due on"))
    results = models.TextField(_("results"), max_length=6000, help_text=_("What changed, in words."))
    obstacles = models.TextField(_("obstacles"), max_length=4000, blank=True)
    roma_participation = models.TextField(
        _("Roma participation"), max_length=4000, help_text=_("How Roma took part in the work of the period.")
    )
    first_submitted_at = models.DateTimeField(
        _("first submitted at"), null=True, blank=True, help_text=_("Whether the report came on time.")
    )
    objects = ProgressReportQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "due_on"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        constraints = [models.UniqueConstraint(fields=["plan", "due_on"], name="one_report_per_due_date")]

    def __str__(self):
        return f"{self.plan.authority}, {self.due_on:%Y-%m-%d}"

    @property
    def on_time(self):
        return bool(self.first_submitted_at) and timezone.localdate(self.first_submitted_at) <= self.due_on


class MeasureProgress(models.Model):
    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="progress", verbose_name=_("report")
    )
    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="progress", verbose_name=_("measure")
    )
    status = models.CharField(_("status"), max_length=20, choices=MeasureStatus.choices)
    spent = models.DecimalField(
        _("spent so far (euros)"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    note = models.TextField(_("what was done"), max_length=2000, blank=True)

    class Meta:
        ordering = ["report", "measure__order", "measure__pk"]
        verbose_name = _("progress of a measure")
        verbose_name_plural = _("progress of the measures")
        constraints = [models.UniqueConstraint(fields=["report", "measure"], name="one_progress_per_measure")]

    def __str__(self):
        return f"{self.measure}: {self.get_status_display()}"


class Indicator(models.Model):
    """A figure that shows change, for example Roma children's pre-school enrolment: a baseline and a value."""

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("report")
    )
    name = models.CharField(
        _("indicator"), max_length=200, help_text=_("For example: Roma children in pre-school.")
    )
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, help_text=_("For example: %, children, families.")
    )
    baseline = models.DecimalField(_("baseline"), max_digits=14, decimal_places=2)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), validators=YEARS)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    value_year = models.PositiveSmallIntegerField(_("year of the value"), validators=YEARS)

    class Meta:
        ordering = ["report", "pk"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.name


class ReportReminder(models.Model):
    """A reminder sent for one due date; the unique constraint makes sure each goes out once,
    whichever process runs the periodic job."""

    class Kind(models.TextChoices):
        SOON = "soon", _("due soon")
        LATE = "late", _("late")

    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="+")
    due_on = models.DateField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["plan", "due_on", "kind"], name="one_reminder_per_kind")
        ]

    def __str__(self):
        return f"{self.plan_id} {self.due_on} {self.kind}"
