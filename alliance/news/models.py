"""News of the Alliance: an index per language and its articles, with RSS and Atom feeds."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
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

from alliance.core.folding import fold

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

    def feed_urls(self):
        return {
            "rss": self.url + self.reverse_subpage("feed_rss"),
            "atom": self.url + self.reverse_subpage("feed_atom"),
        }


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticlePage(Page):
    date = models.DateField(
        _("publication date"),
        default=datetime.date.today,
        help_text=_("Shown on the article and its teasers. To publish later, set the go-live date too."),
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

    def folded_text(self):
        # PostgreSQL's full text search keeps accents; a folded copy lets "reggio" or "decembre" match.
        return fold(f"{self.title} {self.standfirst}")

    @property
    def published_at(self):
        """The moment the feeds give: the publication date, at the time it went live when known."""
        moment = self.first_published_at or timezone.now()
        return timezone.make_aware(
            datetime.datetime.combine(self.date, timezone.localtime(moment).time()),
        )
