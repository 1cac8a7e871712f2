"""Back office of the core app: the outgoing mail queue, read-only."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from alliance.core import admin_display
from alliance.core.desk import DeskItem, DeskPanel, items_for
from alliance.core.models import OutboundEmail

admin_display.register()


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Nobody adds, edits or deletes queued emails by hand; administrators, and whoever they give
    the "view" permission, may look. The row is the record of what was sent."""

    def user_has_permission(self, user, action):
        if action != "view" or not user.is_active:
            return False
        return user.is_superuser or super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(["view"])


register_permission_policy(OutboundEmail, ReadOnlyPolicy(OutboundEmail))


class OutboundEmailInspectView(InspectView):
    # The bodies hold personal data (names, links that confirm a request): administrators only.
    def get_fields(self):
        fields = super().get_fields()
        if not self.request.user.is_superuser:
            fields = [name for name in fields if name not in ("body_text", "body_html")]
        return fields

    def get_body_html_display_value(self):
        return self.object.body_html  # Shown as source (escaped), never rendered in the admin.


class OutboundEmailViewSet(ModelViewSet):
    model = OutboundEmail
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_settings_menu = True
    inspect_view_enabled = True
    inspect_view_class = OutboundEmailInspectView
    copy_view_enabled = False
    form_fields = ["status"]  # Required by ModelViewSet; the policy above refuses every edit.
    list_display = ["subject", "to_display", "language", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "language"]
    search_fields = ["subject", "to"]
    inspect_view_fields = [
        "to",
        "reply_to",
        "subject",
        "language",
        "template",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "next_attempt_at",
        "sent_at",
        "body_text",
        "body_html",
    ]


@hooks.register("register_admin_viewset")
def register_outbound_email_viewset():
    return OutboundEmailViewSet("outgoing_emails")


STAFF_LOG_ACTIONS = {
    "alliance.staff_2fa_enabled": (_("Two-factor sign-in set up"), _("Two-factor sign-in set up")),
    "alliance.staff_2fa_backup_codes_made": (_("Make backup codes"), _("New backup codes made")),
    "alliance.staff_2fa_backup_code_used": (_("Use a backup code"), _("Signed in with a backup code")),
    "alliance.staff_2fa_authenticator_removed": (
        _("Remove the authenticator app"),
        _("Authenticator app removed, to set up a new one"),
    ),
    "alliance.staff_2fa_reset": (
        _("Reset two-factor sign-in"),
        _("Two-factor sign-in reset by an administrator"),
    ),
    "alliance.sign_in_failed": (_("Wrong password"), _("Sign-in with a wrong password")),
    "alliance.sign_in_refused": (_("Sign-in paused"), _("Sign-in refused after too many attempts")),
}


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    for code, (label, message) in STAFF_LOG_ACTIONS.items():
        actions.register_action(code, label, message)


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("twofactor:manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Your authenticator app and your backup codes, for when your phone is not at hand."),
    }


@hooks.register("construct_homepage_panels")
def add_secretariat_desk(request, panels):
    items = items_for(request)
    if items:
        panels.insert(0, DeskPanel(items))


@hooks.register("register_desk_item")
def emails_not_sent(request):
    if not ReadOnlyPolicy(OutboundEmail).user_has_permission(request.user, "view"):
        return None
    failed = OutboundEmail.objects.filter(status=OutboundEmail.Status.FAILED).count()
    url = f"{reverse('outgoing_emails:index')}?status={OutboundEmail.Status.FAILED}"
    return DeskItem(_("Emails that could not be sent"), failed, url, order=90)
