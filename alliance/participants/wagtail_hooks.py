"""Participations in the back office, and the import of the secretariat's spreadsheets.

A participant leaves by an end date, never by deletion: nobody may delete a participation, not
even an administrator, so the history of the counter can always be rebuilt. Creations and edits
go to Wagtail's audit log, shown on each participation's history page.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import admin_import
from .models import Participation


class NoDeletionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "delete":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "delete"]
        if not actions:
            return self.auth_model._default_manager.none()
        return super().users_with_any_permission(actions)


register_permission_policy(Participation, NoDeletionPolicy(Participation))


class ParticipationEditView(EditView):
    def save_instance(self):
        left_before = (
            Participation.objects.filter(pk=self.object.pk).values_list("left_on", flat=True).first()
        )
        instance = super().save_instance()
        if instance.left_on and instance.left_on != left_before:
            log(
                instance,
                "participants.leave",
                user=self.request.user,
                data={"left_on": instance.left_on.isoformat()},
            )
        return instance


def refuse_deletion(request, *args, **kwargs):
    raise PermissionDenied


class ParticipationViewSet(ModelViewSet):
    model = Participation
    icon = "group"
    menu_label = _("Participations")
    menu_order = 251
    add_to_admin_menu = True
    edit_view_class = ParticipationEditView
    list_display = ["accession_number", "authority", "joined_on", "left_on", "status"]
    list_filter = ["authority__country", "authority__level", "left_on"]
    list_export = ["accession_number", "authority", "joined_on", "left_on"]
    search_fields = ["authority__name", "authority__name_folded"]
    form_fields = ["authority", "accession_number", "joined_on", "left_on"]
    copy_view_enabled = False

    @property
    def delete_view(self):
        return refuse_deletion


@hooks.register("register_admin_viewset")
def register_participations():
    return ParticipationViewSet("participations")


@hooks.register("register_log_actions")
def register_participant_actions(actions):
    actions.register_action(
        "participants.admit", _("Admitted to the Alliance"), _("Admitted to the Alliance")
    )
    actions.register_action("participants.leave", _("Left the Alliance"), _("Left the Alliance"))
    actions.register_action(
        "participants.import", _("Imported from a spreadsheet"), _("Imported from a spreadsheet")
    )


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("registry/import/", admin_import.import_view, name="participants_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_import.may_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import authorities"), reverse("participants_import"), icon_name="upload", order=252
    )
