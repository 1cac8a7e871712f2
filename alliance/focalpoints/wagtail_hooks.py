"""The secretariat's screens for focal points: list, add, edit, invite; every step in the history."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import MenuItem

from . import services
from .models import FocalPoint


def can_invite(user):
    return user.has_perm("focalpoints.change_focalpoint")


def invite_view(request, pk):
    """Confirm on GET, send on POST: the email goes out once the row is committed."""
    if not can_invite(request.user):
        raise PermissionDenied
    focal_point = get_object_or_404(FocalPoint.objects.select_related("authority"), pk=pk)
    if request.method == "POST":
        try:
            services.invite(focal_point, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": focal_point.email})
        return redirect("focalpoints_admin:index")
    return TemplateResponse(
        request,
        "focalpoints/admin/invite.html",
        {
            "focal_point": focal_point,
            "header_title": _("Invite a focal point"),
            "page_title": _("Invite a focal point"),
        },
    )


class FocalPointIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.has_accepted and can_invite(self.request.user):
            buttons.append(
                MenuItem(
                    _("Send the invitation"),
                    url=reverse("focalpoints_admin:invite", args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons


class FocalPointCreateView(generic.CreateView):
    def get_success_url(self):
        # Straight to the invitation, which the secretariat confirms.
        return reverse("focalpoints_admin:invite", args=[self.object.pk])


class FocalPointEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        if not services.sync_account(instance):
            messages.warning(
                self.request,
                _(
                    "Another account already uses this address: the focal point still signs in with the old one."
                ),
            )
        return instance


class FocalPointViewSet(ModelViewSet):
    model = FocalPoint
    icon = "user"
    menu_label = gettext_lazy("Focal points")
    menu_order = 260
    add_to_admin_menu = True
    url_prefix = "focalpoints/focalpoint"
    name = "focalpoints_admin"
    index_view_class = FocalPointIndexView
    add_view_class = FocalPointCreateView
    edit_view_class = FocalPointEditView
    form_fields = ["authority", "name", "office", "email", "phone", "language", "active"]
    list_display = [
        "name",
        "authority",
        "email",
        Column("invited_at", label=gettext_lazy("last invited at")),
        Column("accepted_at", label=gettext_lazy("invitation accepted at")),
    ]
    list_filter = ["active", "language"]
    search_fields = ["name", "email", "authority__name"]
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("invite/<int:pk>/", invite_view, name="invite")]


@hooks.register("register_admin_viewset")
def register_focal_points():
    return FocalPointViewSet()


@hooks.register("register_log_actions")
def register_focal_point_actions(actions):
    actions.register_action(
        "focalpoints.invite", gettext_lazy("Invite focal point"), gettext_lazy("Focal point invited")
    )
    actions.register_action(
        "focalpoints.accept", gettext_lazy("Accept invitation"), gettext_lazy("Invitation accepted")
    )
    actions.register_action(
        "focalpoints.account_email",
        gettext_lazy("Change sign-in address"),
        gettext_lazy("Sign-in address changed"),
    )
    actions.register_action(
        "focalpoints.profile_update",
        gettext_lazy("Update public profile"),
        gettext_lazy("Public profile updated by the focal point"),
    )
