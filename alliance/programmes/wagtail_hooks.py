"""Programmes in the back office: programmes and phases, named participations with their steps,
and the totals the secretariat reports. Snippet views keep each object's history."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Phase, Programme, ProgrammeParticipation, ReportedTotal


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "list-ul"
    menu_label = _("Programmes")
    list_display = ["name_en", "name_fr", "slug", "started_on"]
    search_fields = ["name_en", "name_fr"]
    panels = [
        FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_fr")]),
        FieldPanel("slug"),
        FieldPanel("summary_en"),
        FieldPanel("summary_fr"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("order")]),
        FieldPanel("tracks_steps"),
    ]


class PhaseViewSet(SnippetViewSet):
    model = Phase
    icon = "date"
    menu_label = _("Phases")
    list_display = ["name_en", "programme", "starts_on", "ends_on"]
    list_filter = ["programme"]
    panels = [
        FieldPanel("programme"),
        FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_fr")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    ]


class ParticipationViewSet(SnippetViewSet):
    model = ProgrammeParticipation
    icon = "group"
    menu_label = _("Participations and steps")
    list_display = ["authority", "programme", "phase", "joined_on", "stopped_on"]
    list_filter = ["programme", "phase", "authority__country"]
    search_fields = ["authority__name"]
    panels = [
        FieldRowPanel([FieldPanel("programme"), FieldPanel("phase")]),
        FieldPanel("authority"),
        FieldRowPanel([FieldPanel("joined_on"), FieldPanel("stopped_on")]),
        FieldRowPanel([FieldPanel("note_en"), FieldPanel("note_fr")]),
        InlinePanel(
            "steps",
            heading=_("Process steps"),
            label=_("Step"),
            panels=[FieldPanel("step"), FieldPanel("reached_on"), FieldPanel("approximate")],
        ),
    ]


class ReportedTotalViewSet(SnippetViewSet):
    model = ReportedTotal
    icon = "table"
    menu_label = _("Reported totals")
    list_display = ["programme", "country", "period_start", "period_end", "municipalities"]
    list_filter = ["programme", "country"]
    panels = [
        FieldRowPanel([FieldPanel("programme"), FieldPanel("phase")]),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("countries_covered")], heading=_("Where the figure applies")
        ),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldPanel("municipalities"),
        FieldRowPanel([FieldPanel("source_en"), FieldPanel("source_fr")]),
    ]


class ProgrammesGroup(SnippetViewSetGroup):
    menu_label = _("Programmes")
    menu_icon = "list-ul"
    menu_order = 300
    items = (ProgrammeViewSet, PhaseViewSet, ParticipationViewSet, ReportedTotalViewSet)


register_snippet(ProgrammesGroup)


@hooks.register("register_log_actions")
def register_programme_actions(actions):
    actions.register_action(
        "programmes.step_recorded", _("Record a programme step"), _("Programme step recorded")
    )
