"""People who follow the Alliance by email, what they follow, and what was sent to them.

A subscription is kept by its address alone (no account). It is pending until its owner follows
the link of the confirmation email; only then is anything else sent, and the consent is kept with
it (when, which wording, a hash of where it came from). Every item to announce is an
`Announcement`; a `Delivery` row, unique per subscription and announcement, makes sure each
subscriber gets each item once, whichever worker sends it and however often it is retried.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Topic(models.TextChoices):
    NEWS = "news", _("News")
    STATEMENTS = "statements", _("Statements of the spokesperson")
    EVENTS = "events", _("Events")
    DECLARATION = "declaration", _("Milestones of the Declaration")
    ACTION_PLANS = "action_plans", _("Newly published action plans")


class Rhythm(models.TextChoices):
    EACH = "each", _("Each item, as it is published")
    WEEKLY = "weekly", _("A weekly digest")


class State(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    LEFT = "left", pgettext_lazy("subscription state", "Left")
    REFUSED = "refused", _("Address refused by its mail server")


def new_key():
    return secrets.token_urlsafe(24)


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(state=State.CONFIRMED)

    def following(self, topic, language=None):
        """Confirmed subscriptions that follow `topic` (in `language`, when given)."""
        rows = self.confirmed().filter(**{f"follows_{topic}": True})
        return rows.filter(language=language) if language else rows


class Subscription(models.Model):
    email = models.EmailField(_("email address"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    rhythm = models.CharField(_("rhythm"), max_length=10, choices=Rhythm.choices, default=Rhythm.EACH)
    follows_news = models.BooleanField(_("news"), default=False)
    follows_statements = models.BooleanField(_("statements"), default=False)
    follows_events = models.BooleanField(_("events"), default=False)
    follows_declaration = models.BooleanField(_("milestones of the Declaration"), default=False)
    follows_action_plans = models.BooleanField(_("action plans"), default=False)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    # The secret in every link of every email to this address; a new one after erasure or leaving.
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    consent_text = models.TextField(_("consent given"), blank=True)
    notice_version = models.CharField(_("version of the privacy notice"), max_length=40, blank=True)
    origin_hash = models.CharField(_("hash of the address it came from"), max_length=64, blank=True)
    last_digest_at = models.DateTimeField(_("last digest at"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "language"], name="subscriptions_state_lang")]

    def __str__(self):
        return self.email

    @property
    def topics(self):
        return [topic for topic in Topic.values if getattr(self, f"follows_{topic}")]

    def follows(self, topic):
        return getattr(self, f"follows_{topic}")


class Announcement(models.Model):
    """One item to tell subscribers about, in one language: a news item, a statement, an event, a
    milestone of the Declaration or a newly published action plan."""

    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    # What it announces, e.g. "page:42" or "declaration:100": an item is announced once.
    source = models.CharField(_("source"), max_length=80)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    url = models.URLField(_("address"), max_length=500)
    published_at = models.DateTimeField(_("published at"), default=timezone.now, db_index=True)
    # Subscribers "each item" are written to in batches; the last one reached, so that a batch
    # interrupted by a crash or run by two workers at once never writes to anyone twice.
    sent_up_to = models.BigIntegerField(default=0)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        ordering = ["-published_at"]
        constraints = [
            models.UniqueConstraint(fields=["source", "language"], name="subscriptions_announced_once")
        ]

    def __str__(self):
        return self.title


class Delivery(models.Model):
    """An email about an announcement (or a digest of several) to one subscription."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    announcement = models.ForeignKey(
        Announcement, on_delete=models.CASCADE, null=True, blank=True, related_name="deliveries"
    )
    digest_week = models.CharField(max_length=10, blank=True, help_text="ISO week of a digest, 2026-W49.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "announcement"],
                condition=models.Q(announcement__isnull=False),
                name="subscriptions_item_once",
            ),
            models.UniqueConstraint(
                fields=["subscription", "digest_week"],
                condition=~models.Q(digest_week=""),
                name="subscriptions_digest_once",
            ),
        ]

    def __str__(self):
        return f"{self.subscription_id} · {self.announcement_id or self.digest_week}"


class Digest(models.Model):
    """The weekly digest of one ISO week: how far its sending went, and when it was done."""

    week = models.CharField(max_length=10, unique=True)
    sent_up_to = models.BigIntegerField(default=0)
    done_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.week
