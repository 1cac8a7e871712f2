"""Back office of the core app: the outgoing mail queue, read-only."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from alliance.core.models import OutboundEmail


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


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    actions.register_action(
        "alliance.staff_2fa_enabled", _("Two-factor sign-in set up"), _("Two-factor sign-in set up")
    )
