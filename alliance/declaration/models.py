"""The Declaration against anti-Gypsyism: its texts, its signatures and the switches that govern signing."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField

from alliance.authorities.models import Authority, Country, Level
from alliance.core.addresses import canonical_email
from alliance.core.folding import fold


def _language_choices():
    from django.conf.locale import LANG_INFO

    names = {code: info["name"] for code, info in LANG_INFO.items() if "name" in info}
    names.setdefault("rom", "Romani")
    return sorted(names.items(), key=lambda item: item[1])


class DeclarationTextQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class DeclarationText(models.Model):
    """The Declaration in one language.

    A language code rather than a Wagtail locale: the Declaration exists in more than 30 languages,
    many more than the site's interface, and editors add them without a deploy.
    """

    language = models.CharField(_("language"), max_length=10, unique=True, choices=_language_choices)
    title = models.CharField(_("title"), max_length=300)
    text = RichTextField(_("text"))
    published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DeclarationTextQuerySet.as_manager()

    class Meta:
        ordering = ["language"]
        verbose_name = _("text of the Declaration")
        verbose_name_plural = _("texts of the Declaration")

    def __str__(self):
        return f"{self.title} ({self.language})"

    @property
    def language_name(self):
        from django.conf.locale import LANG_INFO

        info = LANG_INFO.get(self.language, {})
        return info.get("name_local") or dict(_language_choices()).get(self.language, self.language)


@register_setting(icon="pick")
class DeclarationSettings(BaseGenericSetting):
    signing_paused = models.BooleanField(
        _("pause signing"),
        default=False,
        help_text=_("While ticked, the signing form is closed and says that signing will reopen."),
    )
    ip_retention_days = models.PositiveIntegerField(
        _("keep IP addresses for (days)"),
        default=90,
        help_text=_("IP addresses of verified signatures are erased after this many days."),
    )

    class Meta:
        verbose_name = _("Declaration settings")


class Status(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("waiting for email confirmation")
    CONFIRMED = "confirmed", _("waiting for verification")
    VERIFIED = "verified", _("verified")
    REJECTED = "rejected", _("rejected")
    WITHDRAWN = "withdrawn", _("withdrawn")
    INVALIDATED = "invalidated", _("invalidated")


# A signature in one of these states stands: a second one by the same person is a duplicate.
STANDING = [Status.UNCONFIRMED, Status.CONFIRMED, Status.VERIFIED]


class Capacity(models.TextChoices):
    PERSONAL = "personal", _("in my own name")
    AUTHORITY = "authority", _("on behalf of my authority")


class Source(models.TextChoices):
    ONLINE = "online", _("signed online")
    IMPORT = "import", _("imported from the earlier list")


class SignatureQuerySet(models.QuerySet):
    def public(self):
        """Verified signatures, the only ones anybody outside the secretariat may see."""
        return self.filter(status=Status.VERIFIED)

    def in_public_order(self):
        return self.order_by("country__name_en", "authority_name_folded", "signed_on", "pk")

    def search(self, text):
        folded = fold(text)
        return self.filter(search_folded__contains=folded) if folded else self

    def public_values(self):
        """Only the public fields, so that no template or export can reach an email or an address."""
        return self.values(
            "pk",
            "country__code",
            "country__name_en",
            "country__name_fr",
            "authority_name",
            "authority__slug",
            "level",
            "capacity",
            "signed_on",
            "show_name",
            "signer_name",
            "office",
            "party",
        )


class Signature(models.Model):
    signer_name = models.CharField(_("name"), max_length=200, blank=True)
    office = models.CharField(_("office"), max_length=200, blank=True)
    party = models.CharField(_("party or group"), max_length=200, blank=True)
    show_name = models.BooleanField(_("name may be shown"), default=False)
    capacity = models.CharField(
        _("signs"), max_length=10, choices=Capacity.choices, default=Capacity.AUTHORITY
    )
    authority = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="declaration_signatures",
        verbose_name=_("authority in the registry"),
    )
    authority_name = models.CharField(_("authority"), max_length=200)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="declaration_signatures", verbose_name=_("country")
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.LOCAL)
    email = models.EmailField(_("email"), max_length=254, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.ONLINE)
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason"), blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    # Integrity data, never public: erased after the retention period once verified.
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    ip_network = models.CharField(_("network"), max_length=50, blank=True)
    email_domain = models.CharField(_("email domain"), max_length=254, blank=True)
    # Derived on save, for duplicates and accent-insensitive search.
    email_canonical = models.CharField(max_length=254, blank=True, editable=False)
    signer_name_folded = models.CharField(max_length=200, blank=True, editable=False)
    authority_key = models.CharField(max_length=260, editable=False)
    authority_name_folded = models.CharField(max_length=200, editable=False)
    search_folded = models.CharField(max_length=700, editable=False)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        indexes = [
            models.Index(
                fields=["status", "country", "authority_name_folded", "id"], name="signature_public_order"
            ),
            models.Index(fields=["status", "signed_on"], name="signature_by_date"),
            models.Index(fields=["created_at"], name="signature_received"),
            # Small and covering: the counts by country are read from this index alone.
            models.Index(
                fields=["country"], condition=Q(status="verified"), name="signature_verified_country"
            ),
            models.Index(fields=["ip_network", "created_at"], name="signature_network_time"),
            models.Index(fields=["email_domain", "created_at"], name="signature_domain_time"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["authority_key", "signer_name_folded"],
                condition=Q(status__in=STANDING),
                name="signature_one_per_person_and_authority",
            ),
            models.UniqueConstraint(
                fields=["authority_key", "email_canonical"],
                condition=Q(status__in=STANDING) & ~Q(email_canonical=""),
                name="signature_one_per_email_and_authority",
            ),
        ]

    def __str__(self):
        return f"{self.signer_name or '—'}, {self.authority_name}"

    def save(self, *args, **kwargs):
        self.fill_derived()
        super().save(*args, **kwargs)

    def fill_derived(self):
        self.signer_name_folded = fold(self.signer_name)
        self.authority_name_folded = fold(self.authority_name)[:200]
        self.authority_key = authority_key(self.authority_id, self.country_id, self.authority_name)
        self.email_canonical = canonical_email(self.email) if self.email else ""
        self.email_domain = self.email.rsplit("@", 1)[-1].lower() if "@" in self.email else ""
        public_person = f"{self.signer_name} {self.office} {self.party}" if self.show_name else ""
        self.search_folded = fold(f"{self.authority_name} {public_person}")[:700]

    @property
    def is_public(self):
        return self.status == Status.VERIFIED


def authority_key(authority_id, country_id, authority_name):
    """One key per authority: the registry's id, or the country and folded name of a new one."""
    if authority_id:
        return f"a{authority_id}"
    return f"n{country_id}:{fold(authority_name)}"[:260]


def network_of(ip):
    """The /24 network of an IPv4 address (the /48 of an IPv6 one), for the burst report."""
    import ipaddress

    if not ip:
        return ""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
