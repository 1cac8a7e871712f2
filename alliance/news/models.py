"""News of the Alliance: an index per language and its articles, with RSS and Atom feeds.

Statements are a kind of news: each is given by a speaker (the Congress spokesperson on Roma
and Travellers, a rapporteur...), and every speaker has a page listing their statements.
"""

import datetime
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from alliance.core.folding import compounds_joined, fold
from alliance.core.languages import in_current_locale, in_language

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul", "blockquote"]
ARTICLES_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, Page):
    introduction = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    # /fr/news/ is a public address: translators translate the title, not the slug.
    override_translatable_fields = [SynchronizedField("slug")]

    parent_page_types = ["site.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        """Published articles of this index (so of its language), the newest first."""
        return (
            NewsArticlePage.objects.live()
            .public()
            .child_of(self)
            .select_related("image")
            .order_by("-date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        tag = request.GET.get("tag", "").strip()
        if tag:
            articles = articles.filter(tags__slug=tag).distinct()
        context["page_obj"] = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        context["tag"] = tag
        return context

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from .feeds import rss_response

        return rss_response(self, request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from .feeds import atom_response

        return atom_response(self, request)

    @path("speakers/<slug:slug>/", name="speaker")
    def speaker(self, request, slug):
        from django.shortcuts import get_object_or_404

        speaker = get_object_or_404(Speaker, slug=slug)
        statements = self.articles().filter(speaker=speaker)
        page_obj = Paginator(statements, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "speaker": speaker,
                "page_obj": page_obj,
                # The speaker's page is its own canonical address, in each language's news.
                "language_versions": self.speaker_versions(request, speaker),
            },
            template="news/speaker.html",
        )

    def speaker_versions(self, request, speaker):
        """{language code: path} of this speaker's page under each live translation of the news."""
        versions = {}
        subpage = self.reverse_subpage("speaker", kwargs={"slug": speaker.slug})
        for news in self.get_translations(inclusive=True).live().public().select_related("locale"):
            url = news.get_url(request)
            if url:
                versions[news.locale.language_code] = urlsplit(url).path + subpage
        return versions

    def speaker_url(self, speaker):
        return self.url + self.reverse_subpage("speaker", kwargs={"slug": speaker.slug})

    def feed_urls(self):
        return {
            "rss": self.url + self.reverse_subpage("feed_rss"),
            "atom": self.url + self.reverse_subpage("feed_atom"),
        }


class SpeakerQuerySet(models.QuerySet):
    def search(self, text):
        """Speakers whose name contains the text, ignoring case, accents, hyphens and apostrophes."""
        folded = fold(text)
        return self.filter(name_folded__contains=folded).order_by("name") if folded else self.none()


class Speaker(models.Model):
    """A person who gives the Alliance's statements, with their role in both languages."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"), max_length=160, unique=True, help_text=_("Part of the page's address.")
    )
    role_en = models.CharField(_("role in English"), max_length=250, blank=True)
    role_fr = models.CharField(_("role in French"), max_length=250, blank=True)
    name_folded = models.CharField(max_length=150, editable=False, db_index=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)

    @property
    def role(self):
        return in_language(self, "role")

    def page_url(self, request=None):
        """The page listing this speaker's statements in the current language, if news exists."""
        index = NewsIndexPage.objects.live().filter(in_current_locale()).first()
        return index.speaker_url(self) if index else None


class Kind(models.TextChoices):
    NEWS = "news", _("news")
    STATEMENT = "statement", _("statement")


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(Page):
    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown on the article and its teasers. To publish later, set the go-live date too."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    speaker = models.ForeignKey(
        Speaker,
        verbose_name=_("speaker"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statements",
        help_text=_("For a statement: who gave it."),
    )
    standfirst = models.CharField(
        _("standfirst"), max_length=400, help_text=_("The opening sentence, shown in lists.")
    )
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty only if it is decorative."
        ),
    )
    image_credit = models.CharField(_("image credit"), max_length=200, blank=True)
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))
    authorities = ParentalManyToManyField(
        "authorities.Authority",
        blank=True,
        related_name="news_articles",
        verbose_name=_("participants concerned"),
    )

    networks = ParentalManyToManyField(
        "networks.NationalNetwork",
        blank=True,
        related_name="news_articles",
        verbose_name=_("national networks concerned"),
    )
    programmes = ParentalManyToManyField(
        "programmes.Programme",
        blank=True,
        related_name="news_articles",
        verbose_name=_("programmes concerned"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("speaker")], heading=_("Kind")),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_credit")], heading=_("Image")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("authorities"), FieldPanel("networks"), FieldPanel("programmes")],
            heading=_("Concerned"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst", boost=2),
        index.SearchField("body"),
        index.SearchField("folded_text"),
        index.FilterField("date"),
        index.FilterField("speaker"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def concerned_participants(self):
        """Participants linked to this article or to its original (links are kept on one language)."""
        from alliance.authorities.models import Authority

        return (
            Authority.objects.filter(news_articles__translation_key=self.translation_key)
            .filter(participations__isnull=False)
            .distinct()
            .order_by("name")
        )

    def concerned_networks(self):
        from alliance.networks.models import NationalNetwork

        return NationalNetwork.objects.filter(news_articles__translation_key=self.translation_key).distinct()

    def concerned_programmes(self):
        from alliance.programmes.models import Programme

        return Programme.objects.filter(news_articles__translation_key=self.translation_key).distinct()

    def clean(self):
        super().clean()
        if self.kind == Kind.STATEMENT and not self.speaker_id:
            raise ValidationError({"speaker": _("A statement is given by someone: choose the speaker.")})

    @property
    def is_statement(self):
        return self.kind == Kind.STATEMENT

    def share_image(self):
        """The article's own image for link previews (Open Graph), cropped to their 1200 x 630."""
        if not self.image_id:
            return None
        rendition = self.image.get_rendition("fill-1200x630|format-jpeg")
        return {
            "url": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": self.image_alt,
        }

    def speaker_page_url(self):
        """The page of this statement's speaker, beside the article in its own language's news."""
        if not self.speaker_id:
            return None
        return self.get_parent().specific.speaker_url(self.speaker)

    def folded_text(self):
        # PostgreSQL's full text search keeps accents; a folded copy lets "reggio" or "decembre" match.
        # The speaker's name and the compound words written together ("antigypsyism" for
        # "anti-Gypsyism") are indexed too, so every way of typing them finds the article.
        speaker = self.speaker.name if self.speaker_id else ""
        text = f"{self.title} {self.standfirst} {speaker}"
        return f"{fold(text)} {compounds_joined(f'{text} {strip_tags(self.body)}')}"

    @property
    def published_at(self):
        """The moment the feeds give: the publication date, at the time it went live when known."""
        moment = self.first_published_at or timezone.now()
        return timezone.make_aware(
            datetime.datetime.combine(self.date, timezone.localtime(moment).time()),
        )
