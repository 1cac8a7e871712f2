"""The site's own pages and the settings and snippets its shell shows on every page."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

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
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = _from_optional_app("alliance.news", "news.teasers", "latest", request)
        context["upcoming_events"] = _from_optional_app(
            "alliance.events", "events.teasers", "upcoming", request
        )
        return context


def _from_optional_app(app_name, module, function, request):
    """Teasers from an app that may not be installed yet; an empty list keeps the page tidy."""
    if not apps.is_installed(app_name):
        return []
    from importlib import import_module

    try:
        provider = import_module(f"alliance.{module}")
    except ModuleNotFoundError as error:
        if error.name != f"alliance.{module}":
            raise
        return []
    return getattr(provider, function)(request)


class StandardPage(Page):
    standfirst = models.CharField(_("standfirst"), max_length=300, blank=True)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("standfirst"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("standfirst"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


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
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        verbose_name = _("secretariat contact")
