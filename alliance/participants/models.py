"""Participation of an authority in the Alliance: who took part, from when, until when."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Authority, Country
from alliance.core.folding import NATURAL_SORT_LENGTH, natural_sort_key


class ParticipationQuerySet(models.QuerySet):
    def on(self, day):
        """Participations in force on the given day.

        A participant counts from the day it joined; it no longer counts on the day it left.
        """
        return self.filter(joined_on__lte=day).filter(Q(left_on__isnull=True) | Q(left_on__gt=day))

    def current(self):
        return self.on(timezone.localdate())


class Participation(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        LEFT = "left", _("left")

    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="participations", verbose_name=_("authority")
    )
    accession_number = models.PositiveIntegerField(_("accession number"), unique=True)
    joined_on = models.DateField(_("joined on"), db_index=True)
    left_on = models.DateField(
        _("left on"), null=True, blank=True, help_text=_("The first day on which it no longer takes part.")
    )
    # Copies of the authority's folded name, country and level, kept in step on every save of
    # either side: the directory searches, filters and sorts this one table of a few thousand
    # rows instead of joining the registry's hundred thousand authorities.
    name_folded = models.CharField(max_length=420, editable=False, default="", db_index=True)
    # The folded name with its numbers padded, so that "No. 2" sorts before "No. 10".
    name_sort = models.CharField(max_length=NATURAL_SORT_LENGTH, editable=False, default="", db_index=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("country"),
    )
    level = models.CharField(max_length=10, editable=False, default="", db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = ["accession_number"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="participation_leaves_after_joining",
            )
        ]

    def __str__(self):
        return f"{self.accession_number}. {self.authority}"

    def save(self, *args, **kwargs):
        self.copy_from(self.authority)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "name_folded",
                "name_sort",
                "country",
                "level",
            }
        super().save(*args, **kwargs)

    def copy_from(self, authority):
        self.name_folded = authority.name_folded
        self.name_sort = natural_sort_key(authority.name_folded)
        self.country_id = authority.country_id
        self.level = authority.level

    @property
    def status(self):
        if self.left_on and self.left_on <= timezone.localdate():
            return self.Status.LEFT
        return self.Status.ACTIVE
