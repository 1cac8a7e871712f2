"""The Dosta! Congress prize for municipalities: its editions and winners."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from alliance.authorities.models import Authority
from alliance.core.languages import in_language


class PrizeEdition(ClusterableModel):
    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    awarded_on = models.DateField(_("awarded on"), null=True, blank=True)
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)

    class Meta:
        ordering = ["-year"]
        verbose_name = _("prize edition")
        verbose_name_plural = _("prize editions")

    def __str__(self):
        return str(self.year)

    @property
    def summary(self):
        return in_language(self, "summary")


class Rank(models.IntegerChoices):
    FIRST = 1, _("first prize")
    SECOND = 2, _("second prize")
    THIRD = 3, _("third prize")


class PrizeWinner(models.Model):
    edition = ParentalKey(
        PrizeEdition, on_delete=models.CASCADE, related_name="winners", verbose_name=_("edition")
    )
    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="prize_awards", verbose_name=_("authority")
    )
    rank = models.PositiveSmallIntegerField(
        _("rank"), choices=Rank.choices, null=True, blank=True, help_text=_("Leave empty when not known.")
    )
    citation_en = models.TextField(_("what was rewarded, in English"), blank=True)
    citation_fr = models.TextField(_("what was rewarded, in French"), blank=True)

    class Meta:
        ordering = ["edition", "rank", "authority__name"]
        verbose_name = _("prize winner")
        verbose_name_plural = _("prize winners")
        constraints = [
            models.UniqueConstraint(fields=["edition", "authority"], name="one_award_per_edition"),
        ]

    def __str__(self):
        return f"{self.edition.year}: {self.authority}"

    @property
    def citation(self):
        return in_language(self, "citation")
