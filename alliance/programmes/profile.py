"""What programmes add to a participant's profile and to the directory's filters."""

from django.utils.translation import gettext_lazy as _

from .models import STEP_ORDER, Programme, ProgrammeParticipation


def profile_section(authority, request):
    participations = list(
        ProgrammeParticipation.objects.filter(authority=authority)
        .select_related("programme", "phase")
        .prefetch_related("steps")
    )
    if not participations:
        return None
    rows = [
        {
            "participation": participation,
            "steps": sorted(participation.steps.all(), key=lambda record: STEP_ORDER.index(record.step)),
        }
        for participation in participations
    ]
    return {"order": 30, "template": "programmes/profile_section.html", "context": {"programme_rows": rows}}


def programme_choices():
    return [(programme.slug, programme.name) for programme in Programme.objects.all()]


def filter_by_programme(authorities, value):
    return authorities.filter(programme_participations__programme__slug=value).distinct()


def register():
    from alliance.participants.profile_sections import register as register_section
    from alliance.participants.profile_sections import register_directory_filter

    register_section(profile_section)
    register_directory_filter("programme", _("Programme"), programme_choices, filter_by_programme)
