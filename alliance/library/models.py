"""Texts adopted by the Congress that concern Roma and Travellers: resolutions, recommendations and
other texts, with the PDF of each language version.

English and French wording sit side by side in one record (the Congress adopts one text in both
official languages at once); further language versions are attached as documents.
"""

from django.conf import global_settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.models import Orderable

from alliance.core.folding import fold
from alliance.core.languages import in_french


class TextType(models.TextChoices):
    RESOLUTION = "resolution", _("Resolution")
    RECOMMENDATION = "recommendation", _("Recommendation")
    DECLARATION = "declaration", _("Declaration")
    GUIDELINES = "guidelines", _("Guidelines")


class AdoptedTextQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def search(self, text):
        """Texts whose number, title or summary contains every word, ignoring case and accents."""
        for word in fold(text).split():
            self = self.filter(search_folded__contains=word)
        return self


def _french():
    return in_french()


class AdoptedText(ClusterableModel):
    text_type = models.CharField(_("type"), max_length=20, choices=TextType.choices)
    number = models.CharField(
        _("number"),
        max_length=40,
        blank=True,
        help_text=_("The Congress's number, for example 366 (2014). Leave empty when it is not known."),
    )
    adopted_on = models.DateField(_("adopted on"))
    adopted_by_en = models.CharField(
        _("adopted by (English)"),
        max_length=200,
        blank=True,
        help_text=_("For example: the Congress, 32nd Session."),
    )
    adopted_by_fr = models.CharField(_("adopted by (French)"), max_length=200, blank=True)
    title_en = models.CharField(_("title in English"), max_length=300)
    title_fr = models.CharField(_("title in French"), max_length=300)
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    live = models.BooleanField(_("shown on the site"), default=True)
    # Kept in step on save so that search ignores case and accents on any database.
    search_folded = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AdoptedTextQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("text_type"), FieldPanel("number"), FieldPanel("adopted_on")], heading=_("Reference")
        ),
        FieldPanel("adopted_by_en"),
        FieldPanel("adopted_by_fr"),
        FieldPanel("title_en"),
        FieldPanel("title_fr"),
        FieldPanel("summary_en"),
        FieldPanel("summary_fr"),
        InlinePanel("versions", label=_("Language versions (PDF)")),
        FieldPanel("live"),
    ]

    class Meta:
        ordering = ["-adopted_on", "text_type"]
        verbose_name = _("adopted text")
        verbose_name_plural = _("adopted texts")

    def __str__(self):
        return self.title_en

    def save(self, *args, **kwargs):
        parts = [self.number, self.title_en, self.title_fr, self.summary_en, self.summary_fr]
        self.search_folded = fold(" ".join(parts))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("library:detail", args=[self.pk])

    @property
    def title(self):
        return self.title_fr if _french() else self.title_en

    @property
    def summary(self):
        return (self.summary_fr if _french() else self.summary_en) or ""

    @property
    def adopted_by(self):
        return (self.adopted_by_fr if _french() else self.adopted_by_en) or ""

    @property
    def reference(self):
        """ "Resolution 366 (2014)" or just "Resolution" when the number is not known."""
        label = self.get_text_type_display()
        return f"{label} {self.number}" if self.number else str(label)


class TextVersion(Orderable):
    text = ParentalKey(AdoptedText, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(_("language"), max_length=10, choices=global_settings.LANGUAGES)
    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.PROTECT, related_name="+", verbose_name=_("PDF")
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [models.UniqueConstraint(fields=["text", "language"], name="one_version_per_language")]

    def __str__(self):
        return f"{self.text} ({self.language})"
