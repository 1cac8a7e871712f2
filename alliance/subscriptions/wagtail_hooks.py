"""Subscriptions in the back office: counts, export and erasure for the secretariat; the email of
a news item or event, previewed and sent to oneself, for editors."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from alliance.core.roles import is_moderator
from alliance.events.models import Event
from alliance.news.models import NewsArticlePage

from . import admin_views


@hooks.register("register_admin_urls")
def register_subscription_urls():
    return [
        path("subscriptions/", admin_views.overview, name="subscriptions_overview"),
        path("subscriptions/export.csv", admin_views.export, name="subscriptions_export"),
        path(
            "subscriptions/email/<str:kind>/<int:pk>/",
            admin_views.preview,
            name="subscriptions_preview",
        ),
        path(
            "subscriptions/email/<str:kind>/<int:pk>/test/",
            admin_views.send_test,
            name="subscriptions_send_test",
        ),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def register_subscriptions_menu():
    return ModeratorMenuItem(
        _("Subscriptions"), reverse("subscriptions_overview"), icon_name="mail", order=260
    )


@hooks.register("register_page_header_buttons")
def email_preview_for_news(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, NewsArticlePage):
        yield Button(
            _("Email to subscribers"),
            reverse("subscriptions_preview", args=["page", page.pk]),
            icon_name="mail",
            priority=80,
        )


@hooks.register("register_snippet_listing_buttons")
def email_preview_for_events(instance, user, next_url=None):
    if isinstance(instance, Event):
        yield Button(
            _("Email to subscribers"),
            reverse("subscriptions_preview", args=["event", instance.pk]),
            icon_name="mail",
            priority=80,
        )


@hooks.register("register_log_actions")
def register_subscription_log_actions(actions):
    actions.register_action("subscriptions.subscribe", _("Subscribe"), _("Subscription asked for"))
    actions.register_action("subscriptions.confirm", _("Confirm"), _("Subscription confirmed, with consent"))
    actions.register_action("subscriptions.change", _("Change"), _("Subscription's choices changed"))
    actions.register_action("subscriptions.leave", _("Leave"), _("Subscription ended by its owner"))
    actions.register_action(
        "subscriptions.refused", _("Refused"), _("Subscription ended: the mail server refused the address")
    )
    actions.register_action("subscriptions.erase", _("Erase"), _("Subscription erased on request"))
    actions.register_action("subscriptions.export", _("Export"), _("List of subscribers exported"))
