"""News indexes in both languages and a helper to publish articles, for the news tests."""

import datetime

import pytest
from wagtail.models import Locale

from alliance.news.models import NewsArticlePage, NewsIndexPage
from alliance.site.models import HomePage


@pytest.fixture
def index_at_once(settings):
    """In production the task worker updates the search index (Wagtail enqueues an indexing task
    on every save); here it is updated at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def news_indexes(site_shell):
    """(English index at /en/news/, French index at /fr/news/), both published."""
    home_en = HomePage.objects.get(locale__language_code="en")
    index_en = home_en.add_child(
        instance=NewsIndexPage(title="News", slug="news", introduction="What the Alliance does.")
    )
    index_en.save_revision().publish()
    index_fr = index_en.copy_for_translation(Locale.objects.get(language_code="fr"))
    index_fr.title = "Actualités"
    index_fr.introduction = "Ce que fait l'Alliance."
    index_fr.save_revision().publish()
    return index_en, index_fr


@pytest.fixture
def publish_article(news_indexes):
    """publish_article(title, title_fr=None, **fields) -> (english, french or None), both live."""

    def publish(title, title_fr=None, date=datetime.date(2017, 3, 29), authorities=(), tags=(), **fields):
        index_en, index_fr = news_indexes
        fields.setdefault("standfirst", f"About {title}.")
        fields.setdefault("body", f"<p>{title}.</p>")
        article = index_en.add_child(instance=NewsArticlePage(title=title, date=date, **fields))
        article.authorities.set(authorities)
        if tags:
            article.tags.set(list(tags))
        article.save()
        article.save_revision().publish()
        french = None
        if title_fr:
            french = article.copy_for_translation(index_fr.locale)
            french.title = title_fr
            french.standfirst = f"À propos : {title_fr}."
            french.body = f"<p>{title_fr}.</p>"
            french.save_revision().publish()
        return article, french

    return publish
