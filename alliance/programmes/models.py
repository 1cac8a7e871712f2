"""ROMACT and ROMED: phases, the municipalities taking part, their process steps, reported totals.

Only some municipalities taking part are known by name. What the secretariat reports as totals
for a country and period is kept apart (ReportedTotal), so a figure is never made up by inventing
municipalities, and every count can say whether it comes from named records or a reported total.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from alliance.authorities.models import Authority, Country
from alliance.core.dates import long_date
from alliance.core.languages import in_language


class Step(models.TextChoices):
    COMMITMENT = "commitment", _("commitment of the mayor")
    ACTION_GROUP = "action-group", _("community action group formed")
    NEEDS_ASSESSMENT = "needs-assessment", _("needs assessment")
    ACTION_PLAN = "action-plan", _("joint action plan adopted")
    POLICY_AND_BUDGET = "policy-and-budget", _("plan integrated in municipal policy and budget")
    PROJECTS_SUBMITTED = "projects-submitted", _("project proposals submitted")
    PROJECTS_FUNDED = "projects-funded", _("projects funded")


STEP_ORDER = [value for value, _label in Step.choices]


class Programme(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    name_en = models.CharField(_("name in English"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200)
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    tracks_steps = models.BooleanField(
        _("tracks process steps"),
        default=True,
        help_text=_("Whether municipalities follow the step-by-step process (ROMACT does)."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name_en"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.name_en

    def get_absolute_url(self):
        return reverse("programmes:detail", args=[self.slug])

    @property
    def name(self):
        return in_language(self, "name")

    @property
    def summary(self):
        return in_language(self, "summary")

    def latest_overall_total(self, day):
        """The latest total reported over all countries by that day: the programme's headline."""
        return (
            self.reported_totals.filter(country__isnull=True, period_end__lte=day)
            .prefetch_related("countries_covered")
            .order_by("-period_end", "-period_start")
            .first()
        )


class Phase(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="phases", verbose_name=_("programme")
    )
    name_en = models.CharField(_("name in English"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)

    class Meta:
        ordering = ["programme", "starts_on", "name_en"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="phase_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return f"{self.programme} · {self.name_en}"

    @property
    def name(self):
        return in_language(self, "name")

    @property
    def summary(self):
        """ "First countries (2013): from October 2013", with the spacing each language wants."""
        start = date_format(self.starts_on, "YEAR_MONTH_FORMAT")
        if self.ends_on:
            end = date_format(self.ends_on, "YEAR_MONTH_FORMAT")
            return gettext("%(phase)s: from %(start)s to %(end)s") % {
                "phase": self.name,
                "start": start,
                "end": end,
            }
        return gettext("%(phase)s: from %(start)s") % {"phase": self.name, "start": start}


class ProgrammeParticipationQuerySet(models.QuerySet):
    def as_of(self, day):
        """Named participations that had begun on the given day."""
        return self.filter(joined_on__lte=day)


class ProgrammeParticipation(ClusterableModel):
    """A named authority taking part in one phase of a programme."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="participations", verbose_name=_("programme")
    )
    phase = models.ForeignKey(
        Phase, on_delete=models.PROTECT, related_name="participations", verbose_name=_("phase")
    )
    authority = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        related_name="programme_participations",
        verbose_name=_("authority"),
    )
    joined_on = models.DateField(_("joined on"))
    stopped_on = models.DateField(
        _("process stopped on"),
        null=True,
        blank=True,
        help_text=_("Only when the process stopped before it was complete."),
    )
    note_en = models.CharField(_("note in English"), max_length=300, blank=True)
    note_fr = models.CharField(_("note in French"), max_length=300, blank=True)

    objects = ProgrammeParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["programme", "authority__country__name_en", "authority__name"]
        verbose_name = _("programme participation")
        verbose_name_plural = _("programme participations")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "phase", "authority"], name="one_participation_per_phase"
            )
        ]

    def __str__(self):
        return f"{self.authority} · {self.phase}"

    @property
    def note(self):
        return in_language(self, "note")

    def clean(self):
        if self.phase_id and self.programme_id and self.phase.programme_id != self.programme_id:
            raise ValidationError({"phase": _("This phase belongs to another programme.")})
        if self.stopped_on and self.joined_on and self.stopped_on < self.joined_on:
            raise ValidationError(
                {"stopped_on": _("The process cannot stop before the municipality joined.")}
            )

    def stopped_by(self, day):
        return self.stopped_on is not None and self.stopped_on <= day


class StepRecord(models.Model):
    """The day a municipality reached one step of the process."""

    participation = ParentalKey(
        ProgrammeParticipation,
        on_delete=models.CASCADE,
        related_name="steps",
        verbose_name=_("participation"),
    )
    step = models.CharField(_("step"), max_length=30, choices=Step.choices)
    reached_on = models.DateField(_("reached on"))
    approximate = models.BooleanField(
        _("date known only approximately"),
        default=False,
        help_text=_("The step was reached by this date; the exact day is not known."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["participation", "reached_on"]
        verbose_name = _("process step")
        verbose_name_plural = _("process steps")
        constraints = [models.UniqueConstraint(fields=["participation", "step"], name="one_record_per_step")]

    def __str__(self):
        return f"{self.participation.authority}: {self.get_step_display()} ({self.reached_on})"

    @property
    def position(self):
        return STEP_ORDER.index(self.step) + 1

    @property
    def when(self):
        if self.approximate:
            return gettext("by %(date)s") % {"date": date_format(self.reached_on, "YEAR_MONTH_FORMAT")}
        return long_date(self.reached_on)

    @property
    def summary(self):
        """ "Projects funded: by September 2018", with the spacing each language wants."""
        label = str(self.get_step_display())
        return gettext("%(step)s: %(when)s") % {"step": label[:1].upper() + label[1:], "when": self.when}


class ReportedTotal(models.Model):
    """A figure the secretariat reported, e.g. 59 municipalities in Romania from 2014 to 2018-09."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="reported_totals", verbose_name=_("programme")
    )
    phase = models.ForeignKey(
        Phase,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reported_totals",
        verbose_name=_("phase"),
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("country"),
        help_text=_("Leave empty for a total over all countries."),
    )
    countries_covered = models.ManyToManyField(
        Country,
        blank=True,
        related_name="+",
        verbose_name=_("countries covered"),
        help_text=_("For a total over several countries: which ones it covers."),
    )
    period_start = models.DateField(_("period starts on"))
    period_end = models.DateField(_("period ends on"), help_text=_("The figure is as of this day."))
    municipalities = models.PositiveIntegerField(_("municipalities taking part"))
    source_en = models.CharField(_("source in English"), max_length=300, blank=True)
    source_fr = models.CharField(_("source in French"), max_length=300, blank=True)

    class Meta:
        ordering = ["programme", "-period_end", "country__name_en"]
        verbose_name = _("reported total")
        verbose_name_plural = _("reported totals")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="reported_total_period_in_order",
            )
        ]

    def __str__(self):
        where = self.country.code if self.country_id else "all"
        return f"{self.programme}: {self.municipalities} ({where}, {self.period_start} – {self.period_end})"

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})

    @property
    def source(self):
        return in_language(self, "source")
