"""The secretariat's screens for good practices: write, review (publish or reject), and history."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import MenuItem

from alliance.core.desk import DeskItem
from alliance.core.roles import is_moderator

from . import services
from .forms import ReviewForm
from .models import GoodPractice, Status


def review_view(request, pk):
    if not is_moderator(request.user):
        raise PermissionDenied
    practice = get_object_or_404(GoodPractice.objects.select_related("authority"), pk=pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision = form.cleaned_data["decision"]
        try:
            if decision == "publish":
                services.publish(practice, request.user)
                messages.success(request, _("The practice is published."))
            elif decision == "reject":
                services.reject(practice, request.user, form.cleaned_data["reason"])
                messages.success(request, _("The practice is rejected; its author can read the reason."))
            else:
                services.unpublish(practice, request.user)
                messages.success(request, _("The practice is withdrawn from the site."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("practices_admin:index")
    return TemplateResponse(
        request,
        "practices/admin/review.html",
        {
            "practice": practice,
            "form": form,
            "header_title": _("Review a good practice"),
            "page_title": _("Review a good practice"),
        },
    )


class PracticeIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if is_moderator(self.request.user):
            buttons.append(
                MenuItem(
                    _("Review"),
                    url=reverse("practices_admin:review", args=[instance.pk]),
                    icon_name="tick",
                    priority=5,
                )
            )
        return buttons


class PracticeCreateView(generic.CreateView):
    def save_instance(self):
        # A practice written in the back office is the secretariat's own; it still goes through review.
        self.form.instance.submitted_by = self.request.user
        return super().save_instance()

    def get_success_url(self):
        if is_moderator(self.request.user):
            return reverse("practices_admin:review", args=[self.object.pk])
        return super().get_success_url()


class GoodPracticeViewSet(ModelViewSet):
    model = GoodPractice
    icon = "pick"
    menu_label = gettext_lazy("Good practices")
    menu_order = 270
    add_to_admin_menu = True
    url_prefix = "practices/goodpractice"
    name = "practices_admin"
    index_view_class = PracticeIndexView
    add_view_class = PracticeCreateView
    form_fields = [
        "title_en",
        "title_fr",
        "theme",
        "authority",
        "summary_en",
        "summary_fr",
        "results_en",
        "results_fr",
        "period_start",
        "period_end",
        "links",
        "documents",
    ]
    list_display = ["__str__", "authority", "theme", "status", "updated_at"]
    list_filter = ["status", "theme"]
    search_fields = ["title_en", "title_fr", "authority__name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title_en",
        "title_fr",
        "theme",
        "authority",
        "status",
        "rejection_reason",
        "submitted_at",
        "reviewed_at",
        "published_at",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("review/<int:pk>/", review_view, name="review")]


@hooks.register("register_admin_viewset")
def register_good_practices():
    return GoodPracticeViewSet()


@hooks.register("register_log_actions")
def register_practice_actions(actions):
    actions.register_action(
        "practices.submit", gettext_lazy("Submit for review"), gettext_lazy("Submitted for review")
    )
    actions.register_action(
        "practices.publish", gettext_lazy("Publish practice"), gettext_lazy("Practice published")
    )
    actions.register_action(
        "practices.reject", gettext_lazy("Reject practice"), gettext_lazy("Practice rejected")
    )
    actions.register_action(
        "practices.unpublish",
        gettext_lazy("Withdraw practice"),
        gettext_lazy("Practice withdrawn from the site"),
    )


@hooks.register("register_desk_item")
def practices_to_moderate(request):
    if not is_moderator(request.user):
        return None
    count = GoodPractice.objects.filter(status=Status.SUBMITTED).count()
    url = f"{reverse('practices_admin:index')}?status={Status.SUBMITTED}"
    return DeskItem(gettext_lazy("Good practices to moderate"), count, url, order=30)
