"""The registry of local and regional authorities, whatever role each has in the Alliance."""

import itertools

import pycountry
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from alliance.core.folding import fold
from alliance.core.languages import in_french
from alliance.core.slugs import slug_from

# Addresses under /participants/ that are not profiles: no authority's slug may be one of them.
RESERVED_SLUGS = frozenset({"map", "history", "export", "feed", "search", "embed", "new", "api"})


class CountryQuerySet(models.QuerySet):
    def member_states(self):
        """The Council of Europe's member states: the only countries whose authorities may join the
        Alliance or sign the Declaration today (countries of the record, such as Belarus, stay for
        the history). Ordered by name in the active language."""
        order = "name_fr" if in_french() else "name_en"
        return self.filter(coe_member=True).order_by(order)

    def lookup(self, text):
        """The country named by an ISO code (two or three letters) or its English or French name.

        Spreadsheets from the secretariat name countries every way; case and accents do not count.
        Returns None when nothing matches.
        """
        wanted = fold(text)
        if not wanted:
            return None
        if wanted in COUNTRY_ALIASES:
            wanted = COUNTRY_ALIASES[wanted].lower()
        elif len(wanted) == 3 and wanted.isalpha():
            found = pycountry.countries.get(alpha_3=wanted.upper())
            if found is not None:
                wanted = found.alpha_2.lower()
        for country in self.all():
            names = (fold(country.name_en), fold(country.name_fr))
            # "Kosovo*" is written with its footnote mark; a spreadsheet may leave it out.
            if (
                wanted == country.code.lower()
                or wanted in names
                or wanted in [name.rstrip("*") for name in names]
            ):
                return country
        try:
            code = pycountry.countries.lookup(text.strip()).alpha_2
        except LookupError:
            return None
        return self.filter(code=code).first()


# Names that spreadsheets use and that ISO has since changed or never used.
COUNTRY_ALIASES = {
    "turkey": "TR",
    "turkiye": "TR",
    "turquie": "TR",
    "russia": "RU",
    "russie": "RU",
    "macedonia": "MK",
    "the former yugoslav republic of macedonia": "MK",
    "north macedonia": "MK",
    "macedoine du nord": "MK",
    "great britain": "GB",
    "united kingdom": "GB",
    "uk": "GB",
    "royaume uni": "GB",
    "czechia": "CZ",
    "czech republic": "CZ",
    "tchequie": "CZ",
    "republique tcheque": "CZ",
    "moldova": "MD",
    "republic of moldova": "MD",
    "moldavie": "MD",
    "bosnia": "BA",
    "bosnie": "BA",
    "kosovo": "XK",
    "holland": "NL",
}


class Country(models.Model):
    code = models.CharField(_("ISO 3166-1 code"), max_length=2, unique=True)
    name_en = models.CharField(_("name in English"), max_length=100)
    name_fr = models.CharField(_("name in French"), max_length=100)
    coe_member = models.BooleanField(_("Council of Europe member state"), default=True)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_fr if in_french() else self.name_en


class Level(models.TextChoices):
    LOCAL = "local", _("local")
    REGIONAL = "regional", _("regional")


class Kind(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    CITY = "city", _("city")
    DISTRICT = "district", _("district")
    COUNTY = "county", _("county")
    DEPARTMENT = "department", _("department")
    PROVINCE = "province", _("province")
    REGION = "region", _("region")
    METROPOLITAN_CITY = "metropolitan-city", _("metropolitan city")
    OBLAST = "oblast", _("oblast")
    REGIONAL_ADMINISTRATION = "regional-administration", _("regional state administration")
    DISTRICT_ADMINISTRATION = "district-administration", _("district state administration")


class AuthorityQuerySet(models.QuerySet):
    def search(self, text):
        """Authorities whose official or local name contains the text, ignoring case and accents."""
        folded = fold(text)
        if not folded:
            return self
        return self.filter(name_folded__contains=folded)

    def named(self, name, country):
        """The authorities of `country` (a Country or its id) whose official or local name is
        `name`, case and accents aside: how every import, form and review finds a record."""
        folded = fold(name)
        if not folded or not country:
            return self.none()
        in_country = self.filter(country=country)
        # name_folded is the official name, a space, then the local name.
        candidates = in_country.filter(
            models.Q(name_folded__startswith=folded) | models.Q(name_folded__contains=f" {folded}")
        ).only("pk", "name", "local_name")
        exact = [
            authority.pk
            for authority in candidates[:100]
            if folded in (fold(authority.name), fold(authority.local_name))
        ]
        return in_country.filter(pk__in=exact)


class Authority(models.Model):
    name = models.CharField(_("official name"), max_length=200)
    local_name = models.CharField(
        _("name in the local language"),
        max_length=200,
        blank=True,
        help_text=_("In the local language and script, for example Кропивницький."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=220,
        unique=True,
        blank=True,
        help_text=_("The last part of the profile's address; made from the name when left empty."),
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.LOCAL)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.MUNICIPALITY)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="authorities", verbose_name=_("country")
    )
    subdivision_code = models.CharField(
        _("ISO 3166-2 subdivision"), max_length=10, blank=True, help_text=_("For example FR-94.")
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    # Kept in step with the names on save; searched with a plain index so the directory stays fast.
    name_folded = models.CharField(max_length=420, editable=False, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AuthorityQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("authority")
        verbose_name_plural = _("authorities")
        indexes = [
            models.Index(fields=["country", "name"]),
            # The directory and the back office list authorities by name.
            models.Index(fields=["name"], name="authority_name_idx"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(f"{self.name} {self.local_name}".strip())
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by another page; choose another slug.")})

    def unique_slug(self):
        """A slug made from the name, never a reserved one: the name, then the name and the
        country's code, then a number after them."""
        country = self.country.code.lower() if self.country_id else ""
        base = slug_from(self.name, 200, "authority", country=country)
        stem = f"{base}-{country}" if country else base
        taken = RESERVED_SLUGS | set(
            Authority.objects.filter(slug__startswith=base).exclude(pk=self.pk).values_list("slug", flat=True)
        )
        candidates = itertools.chain([base, stem], (f"{stem}-{number}" for number in itertools.count(2)))
        return next(candidate for candidate in candidates if candidate not in taken)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None
