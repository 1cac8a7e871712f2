"""Meetings and events of the Alliance, the Congress, the programmes and the national networks.

Events are snippets rather than pages: they are structured records (dates, place, organiser)
listed, filtered and exported as iCalendar, and other domains (national networks) list them;
nothing about them needs a place in the page tree. They are translatable like pages.
"""

import datetime

from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from alliance.authorities.models import Country
from alliance.core.dates import date_range
from alliance.core.folding import fold
from alliance.core.languages import in_current_locale

# "feed" is taken by the calendar of every event (/events/feed.ics).
RESERVED_SLUGS = {"feed"}


class Organiser(models.TextChoices):
    CONGRESS = "congress", _("Congress of Local and Regional Authorities")
    ALLIANCE = "alliance", _("European Alliance of Cities and Regions for Roma Inclusion")
    PROGRAMME = "programme", _("a programme (ROMACT, ROMED)")
    NETWORK = "network", _("a national network")
    OTHER = "other", _("another organisation")


class EventQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def in_current_language(self):
        return self.filter(in_current_locale())

    def _with_last_day(self):
        return self.alias(last_day=Coalesce("end_date", "start_date"))

    def upcoming(self, day=None):
        """Events not yet over: one still running today counts as upcoming."""
        day = day or timezone.localdate()
        return self._with_last_day().filter(last_day__gte=day).order_by("start_date", "title")

    def past(self, day=None):
        day = day or timezone.localdate()
        return self._with_last_day().filter(last_day__lt=day).order_by("-start_date", "title")


class Event(TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("The last part of the event's address, for example kyiv-2017.")
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Leave empty for an event of one day.")
    )
    place = models.CharField(
        _("place"),
        max_length=200,
        blank=True,
        help_text=_("The building or venue, for example Palais de l'Europe."),
    )
    city = models.CharField(_("city"), max_length=120)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("country"),
    )
    organiser = models.CharField(
        _("organiser"), max_length=20, choices=Organiser.choices, default=Organiser.ALLIANCE
    )
    organiser_name = models.CharField(
        _("name of the organiser"),
        max_length=200,
        blank=True,
        help_text=_("For a programme, a network or another organisation: its name."),
    )
    organiser_network = models.ForeignKey(
        "networks.NationalNetwork",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("national network"),
        help_text=_("The national network that organises it, or whose meeting it is."),
    )
    programme = models.ForeignKey(
        "programmes.Programme",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("programme"),
    )
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = RichTextField(_("description"), features=["bold", "italic", "link", "ul", "ol"], blank=True)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("city"), FieldPanel("country")], heading=_("Where")),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("organiser_network"),
                FieldPanel("programme"),
                FieldPanel("organiser_name"),
            ],
            heading=_("Organiser"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    # The address stays the same in every language, so the language switch keeps the visitor on the event.
    override_translatable_fields = [SynchronizedField("slug")]
    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("organiser_name"),
        index.SearchField("folded_text"),
        index.FilterField("locale"),
        index.FilterField("start_date"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["start_date", "title"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="event_slug_unique_per_language"),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="event_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.when})"

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is reserved; choose another slug.")
        if self.organiser == Organiser.NETWORK and not (self.organiser_network_id or self.organiser_name):
            errors["organiser_network"] = _("Choose the national network that organises the event.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if errors:
            raise ValidationError(errors)

    def get_ics_url(self):
        return reverse("events:ics", kwargs={"slug": self.slug})

    def folded_text(self):
        # PostgreSQL's full text search keeps accents; a folded copy lets "kosice" find "Košice".
        return fold(f"{self.title} {self.city}")

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def when(self):
        return date_range(self.start_date, self.end_date)

    @property
    def where(self):
        parts = [self.place, self.city, self.country.name if self.country_id else ""]
        return ", ".join(part for part in parts if part)

    @property
    def organiser_label(self):
        if self.organiser_name:
            return self.organiser_name
        if self.organiser == Organiser.NETWORK and self.organiser_network_id:
            return self.organiser_network.name
        if self.organiser == Organiser.PROGRAMME and self.programme_id:
            return str(self.programme)
        return self.get_organiser_display()


def one_day_after(day):
    return day + datetime.timedelta(days=1)
