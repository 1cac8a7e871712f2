from django.db.models import Prefetch
from django.shortcuts import render

from alliance.participants.models import Participation

from .models import PrizeEdition, PrizeWinner


def index(request):
    winners = PrizeWinner.objects.select_related("authority__country").order_by("rank", "authority__name")
    editions = list(PrizeEdition.objects.prefetch_related(Prefetch("winners", queryset=winners)))
    authority_ids = [winner.authority_id for edition in editions for winner in edition.winners.all()]
    participant_ids = set(
        Participation.objects.filter(authority__in=authority_ids).values_list("authority_id", flat=True)
    )
    return render(request, "prizes/index.html", {"editions": editions, "participant_ids": participant_ids})
