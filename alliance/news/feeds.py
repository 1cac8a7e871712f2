"""RSS 2.0 and Atom 1.0 feeds of one news index, in its own language."""

from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


def rss_response(index_page, request):
    return _response(Rss201rev2Feed, index_page, request, "feed_rss")


def atom_response(index_page, request):
    return _response(Atom1Feed, index_page, request, "feed_atom")


def _response(feed_class, index_page, request, route_name):
    index_url = request.build_absolute_uri(index_page.get_url(request))
    feed = feed_class(
        title=f"{index_page.title} · {_('European Alliance of Cities and Regions for Roma Inclusion')}",
        link=index_url,
        description=index_page.introduction
        or _("News of the European Alliance of Cities and Regions for Roma Inclusion"),
        language=index_page.locale.language_code,
        feed_url=request.build_absolute_uri(
            index_page.get_url(request) + index_page.reverse_subpage(route_name)
        ),
        author_name=_("Secretariat of the Alliance"),
        feed_guid=index_url,
    )
    for article in index_page.articles().prefetch_related("tags")[:FEED_LENGTH]:
        url = request.build_absolute_uri(article.get_url(request))
        feed.add_item(
            title=article.title,
            link=url,
            description=article.standfirst,
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=article.published_at,
            updateddate=article.last_published_at or article.published_at,
            categories=[tag.name for tag in article.tags.all()],
            author_name=_("Secretariat of the Alliance"),
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
