"""National networks of the Alliance (Ukrainian, Greek, Albanian...) and their member authorities."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from alliance.authorities.models import Authority, Country
from alliance.core.languages import in_language


class NationalNetwork(ClusterableModel):
    slug = models.SlugField(_("slug"), unique=True)
    name_en = models.CharField(_("name in English"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="national_networks", verbose_name=_("country")
    )
    founded_on = models.DateField(
        _("founded on"),
        null=True,
        blank=True,
        help_text=_("When only the month is known, the first day of that month."),
    )
    founded_month_only = models.BooleanField(_("only the month of founding is known"), default=True)
    summary_en = models.TextField(_("summary in English"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    status_en = models.CharField(
        _("status in English"), max_length=300, blank=True, help_text=_("For example: to be set up in 2019.")
    )
    status_fr = models.CharField(_("status in French"), max_length=300, blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("national network")
        verbose_name_plural = _("national networks")

    def __str__(self):
        return self.name_en

    def get_absolute_url(self):
        return reverse("networks:detail", args=[self.slug])

    @property
    def name(self):
        return in_language(self, "name")

    @property
    def summary(self):
        return in_language(self, "summary")

    @property
    def status(self):
        return in_language(self, "status")


class MembershipQuerySet(models.QuerySet):
    def on(self, day):
        return self.filter(Q(joined_on__isnull=True) | Q(joined_on__lte=day)).filter(
            Q(left_on__isnull=True) | Q(left_on__gt=day)
        )

    def current(self):
        return self.on(timezone.localdate())

    def founding(self):
        return self.filter(founding_member=True)


class NetworkMembership(models.Model):
    network = ParentalKey(
        NationalNetwork, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("network")
    )
    authority = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        related_name="network_memberships",
        verbose_name=_("authority"),
    )
    founding_member = models.BooleanField(_("founding member"), default=False)
    joined_on = models.DateField(_("joined on"), null=True, blank=True)
    left_on = models.DateField(
        _("left on"), null=True, blank=True, help_text=_("The first day on which it is no longer a member.")
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["network", "authority__name"]
        verbose_name = _("network membership")
        verbose_name_plural = _("network memberships")
        constraints = [
            models.UniqueConstraint(fields=["network", "authority"], name="one_membership_per_network"),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True)
                | Q(joined_on__isnull=True)
                | Q(left_on__gte=models.F("joined_on")),
                name="membership_leaves_after_joining",
            ),
        ]

    def __str__(self):
        return f"{self.authority} · {self.network}"
