"""What the Dosta! prize adds to a winner's profile."""

from .models import PrizeWinner


def profile_section(authority, request):
    awards = list(PrizeWinner.objects.filter(authority=authority).select_related("edition"))
    if not awards:
        return None
    return {"order": 50, "template": "prizes/profile_section.html", "context": {"prize_awards": awards}}


def register():
    from alliance.participants.profile_sections import register as register_section

    register_section(profile_section)
