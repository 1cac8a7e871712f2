"""The speakers' pages, for the sitemap: each lists a speaker's statements under the news index of
each language that has one."""

from alliance.site.sitemap import Entry

from .models import NewsIndexPage, Speaker


def speakers():
    indexes = {
        index.locale.language_code: index
        for index in NewsIndexPage.objects.live().public().select_related("locale")
        if index.url
    }
    if not indexes:
        return []
    with_statements = Speaker.objects.filter(statements__live=True).distinct().order_by("slug")
    return [
        Entry({code: index.speaker_url(speaker) for code, index in indexes.items()})
        for speaker in with_statements
    ]
