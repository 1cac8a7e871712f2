"""What is announced, and when: a news item or a statement when it is first published, an event
when it is added, an action plan when the secretariat publishes it, and each round number of
signatories of the Declaration.

Only what is new is news: an article dated more than `FRESH_DAYS` ago (an archive put online, the
demo site) or an event already over is published without an email. Each item is announced once per
language, however often it is published again.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from alliance.core.links import absolute_reverse, absolute_url

from .models import Announcement, Topic
from .sending import announce

FRESH_DAYS = 14


def news_item(page):
    """The announcement of a news article or statement, unsaved (also for the editors' preview)."""
    return Announcement(
        topic=Topic.STATEMENTS if page.is_statement else Topic.NEWS,
        language=page.locale.language_code,
        source=f"page:{page.translation_key}",
        title=page.title,
        url=absolute_url(page.url or "/"),
        summary=page.standfirst,
    )


def event_item(event):
    """The announcement of an event, unsaved (also for the editors' preview)."""
    language = event.locale.language_code
    with override(language):
        summary = " · ".join(part for part in (str(event.when), event.city) if part)
    return Announcement(
        topic=Topic.EVENTS,
        language=language,
        source=f"event:{event.translation_key}",
        title=event.title,
        url=absolute_reverse("events:detail", event.slug, language=language),
        summary=summary,
    )


def _announce(item):
    return announce(item.topic, item.language, item.source, item.title, item.url, summary=item.summary)


def news_published(page):
    """A news article or statement was published (Wagtail's page_published)."""
    if page.date < timezone.localdate() - datetime.timedelta(days=FRESH_DAYS):
        return None
    return _announce(news_item(page))


def event_added(event):
    if (event.end_date or event.start_date) < timezone.localdate():
        return None
    return _announce(event_item(event))


def plan_published(plan):
    """An action plan the secretariat just published: announced in both languages."""
    if plan.demonstration:
        return
    for language in ("en", "fr"):
        with override(language):
            title = _("Local Action Plan of %(authority)s, %(period)s") % {
                "authority": plan.authority.name,
                "period": plan.period,
            }
            announce(
                Topic.ACTION_PLANS,
                language,
                f"action-plan:{plan.pk}",
                title,
                absolute_reverse("actionplans:detail", plan.pk, language=language),
                summary=plan.title,
            )


def milestone(count):
    """The round number of signatories that `count` has reached, or None below the first."""
    steps = [10, 25, 50, 75, 100]
    if count < steps[0]:
        return None
    if count < 150:
        return max(step for step in steps if step <= count)
    return count - count % 50


def declaration_milestones(count):
    """Announce the last round number of signatories reached, once. Returns it, or None."""
    reached = milestone(count)
    if reached is None:
        return None
    for language in ("en", "fr"):
        with override(language):
            title = _("The Declaration against anti-Gypsyism now has %(count)s signatories") % {
                "count": reached
            }
            summary = _(
                "Mayors and elected representatives of %(count)s or more authorities have signed it."
            ) % {"count": reached}
            announce(
                Topic.DECLARATION,
                language,
                f"declaration-signatories:{reached}",
                title,
                absolute_reverse("declaration:signatories", language=language),
                summary=summary,
            )
    return reached
