"""Good practices for Roma inclusion, proposed by participants' focal points and by the secretariat.

Each practice is one record holding its English and French wording side by side (like the
registry's country names): it is moderated once, as a whole, and a practice proposed in one
language can be published while the other is still missing (the page then shows the text it
has, marked with its language).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

from alliance.authorities.models import Authority
from alliance.core.folding import fold
from alliance.core.languages import text_and_language


class Theme(models.TextChoices):
    EDUCATION = "education", _("Education")
    HOUSING = "housing", _("Housing")
    EMPLOYMENT = "employment", _("Employment")
    HEALTH = "health", _("Health")
    ANTI_DISCRIMINATION = "anti-discrimination", _("Anti-discrimination")
    POLITICAL_PARTICIPATION = "political-participation", _("Political participation")
    CULTURE = "culture", _("Culture")


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted for review")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")


def parse_links(text):
    """[(label, url)] from lines "https://..." or "Label | https://..."; raises ValidationError."""
    links = []
    check = URLValidator(schemes=["http", "https"])
    for number, line in enumerate((text or "").splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        label, _sep, url = line.rpartition("|")
        url = url.strip()
        try:
            check(url)
        except ValidationError:
            raise ValidationError(
                _("Line %(number)s is not a web address starting with http:// or https://."),
                params={"number": number},
            ) from None
        links.append((label.strip() or url, url))
    return links


class GoodPracticeQuerySet(models.QuerySet):
    def public(self):
        """Only what a moderator published: the one queryset public pages, search and exports use."""
        return self.filter(status=Status.PUBLISHED)

    def search(self, text):
        """Practices whose wording or authority contains every word, ignoring case and accents."""
        for word in fold(text).split():
            self = self.filter(search_folded__contains=word)
        return self


class GoodPractice(models.Model):
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    results_en = models.TextField(_("results in English"), blank=True)
    results_fr = models.TextField(_("results in French"), blank=True)
    theme = models.CharField(_("theme"), max_length=30, choices=Theme.choices)
    authority = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        related_name="good_practices",
        verbose_name=_("authority"),
        null=True,
        blank=True,
        help_text=_("Leave empty for a practice described by the secretariat in general terms."),
    )
    period_start = models.PositiveSmallIntegerField(_("from (year)"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(
        _("until (year)"), null=True, blank=True, help_text=_("Leave empty if it is still running.")
    )
    links = models.TextField(
        _("links"),
        blank=True,
        help_text=_('One web address per line, optionally preceded by a label and "|".'),
    )
    documents = models.ManyToManyField(
        get_document_model_string(), blank=True, related_name="+", verbose_name=_("documents")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # Kept in step on save so that search ignores case and accents on any database.
    search_folded = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = GoodPracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        permissions = [("moderate_goodpractice", _("Can publish or reject good practices"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="practice_period_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title_en or self.title_fr or str(_("untitled practice"))

    def save(self, *args, **kwargs):
        parts = [
            self.title_en,
            self.title_fr,
            self.summary_en,
            self.summary_fr,
            self.results_en,
            self.results_fr,
        ]
        if self.authority_id:
            parts.append(f"{self.authority.name} {self.authority.local_name}")
        self.search_folded = fold(" ".join(parts))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("practices:detail", args=[self.pk])

    def clean(self):
        errors = {}
        if not (self.title_en.strip() or self.title_fr.strip()):
            errors["title_en"] = _("Give a title in English or in French.")
        if not (self.summary_en.strip() or self.summary_fr.strip()):
            errors["summary_en"] = _("Give a summary in English or in French.")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        try:
            parse_links(self.links)
        except ValidationError as error:
            errors["links"] = error
        if errors:
            raise ValidationError(errors)

    def _in_language(self, field):
        """(text, language) in the visitor's language, or in the other one when it is missing."""
        return text_and_language(self, field)

    @property
    def title(self):
        return self._in_language("title")[0]

    @property
    def title_language(self):
        return self._in_language("title")[1]

    @property
    def summary(self):
        return self._in_language("summary")[0]

    @property
    def summary_language(self):
        return self._in_language("summary")[1]

    @property
    def results(self):
        return self._in_language("results")[0]

    @property
    def results_language(self):
        return self._in_language("results")[1]

    @property
    def period(self):
        start, end = self.period_start, self.period_end
        if start and end:
            return str(start) if start == end else f"{start}–{end}"
        if start:
            return _("since %(year)s") % {"year": start}
        if end:
            return _("until %(year)s") % {"year": end}
        return ""

    @property
    def link_list(self):
        try:
            return parse_links(self.links)
        except ValidationError:
            return []

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED
