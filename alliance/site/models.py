"""The site's own pages and the settings and snippets its shell shows on every page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from alliance.core.languages import in_french

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HomePage(Page):
    mission = models.CharField(
        _("mission line"), max_length=255, help_text=_("One sentence under the Alliance's name.")
    )
    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    join_heading = models.CharField(_("call to action heading"), max_length=120, blank=True)
    join_text = models.TextField(_("call to action text"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("mission"),
        FieldPanel("introduction"),
        FieldPanel("join_heading"),
        FieldPanel("join_text"),
    ]
    search_fields = Page.search_fields + [index.SearchField("mission"), index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .home import sections

        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = sections(request)
        return context


class StandardPage(Page):
    standfirst = models.CharField(_("standfirst"), max_length=300, blank=True)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("standfirst"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("standfirst"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


class PrivacyNoticePage(Page):
    """The privacy notice: the editors' text, then the retention periods the platform applies,
    read from the live settings so that the notice never promises what the site does not do."""

    standfirst = models.CharField(_("standfirst"), max_length=300, blank=True)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("standfirst"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("standfirst"), index.SearchField("body")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")

    def get_context(self, request, *args, **kwargs):
        from .privacy import retention_periods

        context = super().get_context(request, *args, **kwargs)
        context["retention_periods"] = retention_periods()
        return context


@register_snippet
class TerminologyNote(TranslatableMixin, models.Model):
    """The "Please note" box on the terms the Alliance uses for Roma and Travellers."""

    heading = models.CharField(_("heading"), max_length=80)
    text = RichTextField(_("text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("heading"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("terminology note")
        verbose_name_plural = _("terminology notes")

    def __str__(self):
        return self.heading


@register_setting(icon="site")
class SocialLinks(BaseGenericSetting):
    facebook = models.URLField(_("Facebook page"), blank=True)
    x = models.URLField(_("X account"), blank=True)

    panels = [FieldPanel("facebook"), FieldPanel("x")]

    class Meta:
        verbose_name = _("social links")


@register_setting(icon="mail")
class SecretariatContact(BaseGenericSetting):
    name = models.CharField(_("name"), max_length=200, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    address_fr = models.TextField(
        _("postal address in French"),
        blank=True,
        help_text=_("As French pages show it; empty: as in English."),
    )
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_fr"),
        FieldPanel("address"),
        FieldPanel("address_fr"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta:
        verbose_name = _("secretariat contact")

    def _in_language(self, field):
        if in_french():
            return getattr(self, f"{field}_fr") or getattr(self, field)
        return getattr(self, field)

    @property
    def name_here(self):
        """The name in the language of the page."""
        return self._in_language("name")

    @property
    def address_here(self):
        """The postal address in the language of the page."""
        return self._in_language("address")


@register_setting(icon="doc-full")
class SitePages(BaseGenericSetting):
    """The pages visitors look for, linked from the navigation and the footer of every page.
    Choose the English page; its French translation is linked on French pages."""

    about = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about the Alliance"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        PageChooserPanel("about"),
        PageChooserPanel("privacy_notice", "site.PrivacyNoticePage"),
        PageChooserPanel("legal_notice"),
        PageChooserPanel("accessibility_statement"),
    ]

    class Meta:
        verbose_name = _("pages in the navigation and footer")
