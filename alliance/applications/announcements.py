"""The draft news item "X becomes the Nth participant of the Alliance", prepared on approval.

Applications come after news in the data flow: the news app's own service writes the drafts.
"""

import logging

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from alliance.core.dates import long_date
from alliance.news.services import prepare_draft_news

logger = logging.getLogger(__name__)


def ordinal(number, language):
    if language.startswith("fr"):
        return "1er" if number == 1 else f"{number}e"
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def texts(authority, participation, language):
    """(title, body) of the announcement in `language`."""
    with translation.override(language):
        country = authority.country.name_fr if language == "fr" else authority.country.name_en
        values = {
            "name": authority.name,
            "ordinal": ordinal(participation.accession_number, language),
            "country": country,
            "date": long_date(participation.joined_on),
        }
        title = gettext("%(name)s becomes the %(ordinal)s participant of the Alliance") % values
        body = (
            gettext(
                "On %(date)s, %(name)s (%(country)s) joined the European Alliance of Cities and Regions "
                "for Roma Inclusion as its %(ordinal)s participant. It commits to upholding the Council "
                "of Europe's standards on human rights, to rejecting hate speech against Roma and "
                "Travellers, to working against school segregation and to refraining from forced "
                "evictions."
            )
            % values
        )
    return title, body


def prepare(authority, participation, user=None):
    """{"title": ..., "pages": [pk, ...]} of the draft news prepared, or None when there is none.

    A failure here must not undo an approval, so it runs in its own savepoint and is logged.
    """
    title_en, body_en = texts(authority, participation, "en")
    title_fr, body_fr = texts(authority, participation, "fr")
    try:
        with transaction.atomic():
            result = prepare_draft_news(title_en, title_fr, body_en, body_fr, authority, user=user)
    except Exception:
        logger.exception("Could not prepare the draft news item for %s", authority)
        return None
    if result is None:
        return None
    drafts = result if isinstance(result, list | tuple) else [result]
    return {
        "title": title_en,
        "title_fr": title_fr,
        "pages": [draft.pk for draft in drafts if getattr(draft, "pk", None)],
    }
