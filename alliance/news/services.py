"""Drafts of news articles prepared by other steps (an accepted application) for an editor."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.log_actions import log

from alliance.core.slugs import slug_from

from .models import NewsArticlePage, NewsIndexPage


class NoNewsIndex(Exception):
    """The news index does not exist in a language, so no article can be put under it."""


@transaction.atomic
def prepare_draft_news(title_en, title_fr, body_en, body_fr, authority=None, user=None):
    """Create an unpublished article in English and its French translation; returns (page_en, page_fr).

    Bodies are plain text: each paragraph (separated by a blank line) becomes a paragraph.
    Nothing is published: an editor reads, completes and publishes both.
    """
    index_en = _index("en")
    index_fr = _index("fr")
    page_en = NewsArticlePage(
        title=title_en,
        slug=_free_slug(index_en, title_en),
        date=timezone.localdate(),
        standfirst=_first_paragraph(body_en),
        body=_paragraphs(body_en),
        live=False,
        locale=index_en.locale,
    )
    index_en.add_child(instance=page_en)
    if authority is not None:
        page_en.authorities.add(authority)
    page_en.save_revision(user=user, log_action=True)

    page_fr = page_en.copy_for_translation(index_fr.locale)
    page_fr.title = title_fr
    page_fr.slug = _free_slug(index_fr, title_fr)
    page_fr.standfirst = _first_paragraph(body_fr)
    page_fr.body = _paragraphs(body_fr)
    page_fr.save()
    page_fr.save_revision(user=user, log_action=True)
    log(page_en, "news.draft_prepared", user=user, data={"title": title_en, "translation": page_fr.pk})
    return page_en, page_fr


def _index(language_code):
    index = (
        NewsIndexPage.objects.filter(locale__language_code=language_code)
        .select_related("locale")
        .select_for_update()
        .first()
    )
    if index is None:
        raise NoNewsIndex(language_code)
    return index


def _free_slug(index, title):
    base = slug_from(title, 70, "news")
    candidate = base
    number = 2
    while NewsArticlePage.objects.child_of(index).filter(slug=candidate).exists():
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _split(text):
    return [part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n") if part.strip()]


def _first_paragraph(text):
    parts = _split(text)
    return (parts[0] if parts else "")[:400]


def _paragraphs(text):
    return "".join(f"<p>{escape(part)}</p>" for part in _split(text))
