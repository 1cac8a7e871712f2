"""The Declaration in the back office: moderation queue, review, bursts, bulk invalidation, import, texts."""

from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from alliance.core.desk import DeskItem
from alliance.core.roles import is_moderator, moderators

from . import admin_views
from .models import DeclarationText, Signature, Status


class ModeratorsPolicy(BasePermissionPolicy):
    """Moderators and administrators review signatures; nobody adds one from the back office."""

    def user_has_permission(self, user, action):
        return action != "add" and is_moderator(user)

    def users_with_any_permission(self, actions):
        if set(actions) <= {"add"}:
            return get_user_model().objects.none()
        return moderators()


register_permission_policy(Signature, ModeratorsPolicy(Signature))


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "pick"
    menu_label = _("Signatures")
    name = "declaration_signature"
    list_filter = ["status", "country", "source", "level"]
    list_display = [
        TitleColumn(
            "signer_name",
            label=_("Signer"),
            get_url=lambda signature: reverse("declaration_review", args=[signature.pk]),
        ),
        "office",
        "authority_name",
        "country",
        Column("status", label=_("Status"), accessor="get_status_display"),
        "created_at",
    ]
    search_fields = ["signer_name", "authority_name", "email"]
    form_fields = [
        "signer_name",
        "office",
        "party",
        "show_name",
        "capacity",
        "authority_name",
        "level",
        "signed_on",
    ]
    copy_view_enabled = False
    # Signatures are never "used" by other objects; indexing them would add a task to every signing.
    add_to_reference_index = False
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return Signature.objects.select_related("country")


signature_viewset = SignatureViewSet()


class DeclarationTextViewSet(SnippetViewSet):
    model = DeclarationText
    icon = "doc-full"
    menu_label = _("Texts of the Declaration")
    list_display = ["title", "language", "published"]


register_snippet(DeclarationTextViewSet)


@hooks.register("register_admin_viewset")
def register_signature_viewset():
    return signature_viewset


@hooks.register("register_admin_urls")
def register_declaration_urls():
    return [
        path("declaration/review/<int:pk>/", admin_views.review, name="declaration_review"),
        path(
            "declaration/review/<int:pk>/data.json",
            admin_views.personal_data,
            name="declaration_personal_data",
        ),
        path("declaration/review/<int:pk>/forget/", admin_views.forget, name="declaration_forget"),
        path("declaration/bursts/", admin_views.bursts, name="declaration_bursts"),
        path("declaration/invalidate/", admin_views.invalidate, name="declaration_invalidate"),
        path("declaration/import/", admin_views.import_view, name="declaration_import"),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def register_declaration_menu():
    menu = Menu(
        items=[
            ModeratorMenuItem(
                _("Signatures"), reverse("declaration_signature:index"), icon_name="pick", order=1
            ),
            ModeratorMenuItem(_("Bursts"), reverse("declaration_bursts"), icon_name="warning", order=2),
            ModeratorMenuItem(_("Invalidate"), reverse("declaration_invalidate"), icon_name="cross", order=3),
            ModeratorMenuItem(_("Import"), reverse("declaration_import"), icon_name="upload", order=4),
        ]
    )
    return SubmenuMenuItem(_("Declaration"), menu, icon_name="pick", order=250)


@hooks.register("register_log_actions")
def register_declaration_log_actions(actions):
    actions.register_action("declaration.confirm", _("Confirm email"), _("Email confirmed by the signer"))
    actions.register_action("declaration.verify", _("Verify"), _("Signature verified"))
    actions.register_action("declaration.reject", _("Reject"), _("Signature rejected"))
    actions.register_action("declaration.withdraw", _("Withdraw"), _("Signature withdrawn by the signer"))
    actions.register_action(
        "declaration.signed_again", _("Signed again"), _("Someone signed again; the signer was told by email")
    )
    actions.register_action("declaration.invalidate", _("Invalidate"), _("Signature invalidated"))
    actions.register_action("declaration.import", _("Import"), _("Signature imported"))
    actions.register_action("declaration.personal_data", _("Give data"), _("Signer's data downloaded"))
    actions.register_action(
        "declaration.forget", _("Delete on request"), _("Signature deleted at the signer's request")
    )


@hooks.register("register_desk_item")
def signatures_to_verify(request):
    if not is_moderator(request.user):
        return None
    count = Signature.objects.filter(status=Status.CONFIRMED).count()
    url = f"{reverse('declaration_signature:index')}?status={Status.CONFIRMED}"
    return DeskItem(_("Signatures to verify"), count, url, order=20)
