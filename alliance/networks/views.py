from django.shortcuts import get_object_or_404, render

from alliance.participants.models import Participation
from alliance.programmes.related import events_of, news_about

from .models import NationalNetwork


def index(request):
    networks = NationalNetwork.objects.select_related("country")
    rows = [(network, network.memberships.current().count()) for network in networks]
    return render(request, "networks/index.html", {"rows": rows})


def detail(request, slug):
    network = get_object_or_404(NationalNetwork.objects.select_related("country"), slug=slug)
    memberships = network.memberships.select_related("authority__country")
    founding = [m for m in memberships if m.founding_member]
    current = list(memberships.current())
    participant_ids = set(
        Participation.objects.filter(authority__in=[m.authority_id for m in memberships]).values_list(
            "authority_id", flat=True
        )
    )
    context = {
        "network": network,
        "founding": founding,
        "current": current,
        "participant_ids": participant_ids,
        "events": events_of(network),
        "news": news_about(network),
    }
    return render(request, "networks/detail.html", context)
