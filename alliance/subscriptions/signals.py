"""Where announcements come from: Wagtail publishing a news page, an event added, an action plan
published by the secretariat; and the mail server refusing an address for good."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from alliance.actionplans.models import ActionPlan, Status
from alliance.core.mail import email_refused
from alliance.events.models import Event
from alliance.news.models import NewsArticlePage

from . import services, sources


@receiver(page_published, sender=NewsArticlePage)
def news_published(sender, instance, **kwargs):
    sources.news_published(instance)


@receiver(post_save, sender=Event)
def event_added(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        sources.event_added(instance)


@receiver(post_save, sender=ActionPlan)
def plan_published(sender, instance, raw=False, **kwargs):
    if not raw and instance.status == Status.PUBLISHED:
        sources.plan_published(instance)


@receiver(email_refused)
def address_refused(sender, email, recipients, **kwargs):
    if email.template.startswith("subscriptions/"):
        services.refuse(recipients)
