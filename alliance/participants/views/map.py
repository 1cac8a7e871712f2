from django.shortcuts import render
from django.utils.translation import gettext as _

from .. import maps
from ..models import Participation


def participants_map(request):
    in_force = (
        Participation.objects.current()
        .select_related("authority", "authority__country")
        .order_by("authority__name")
    )
    by_country = {}
    points = []
    for participation in in_force:
        authority = participation.authority
        by_country.setdefault(authority.country, []).append(authority)
        if authority.has_location:
            points.append(maps.point(authority))
    shading = {country.code: len(authorities) for country, authorities in by_country.items()}
    rows = sorted(by_country.items(), key=lambda item: item[0].name)
    return render(
        request,
        "participants/map.html",
        {
            "svg": maps.render(
                points,
                shading,
                width=800,
                title=_("Map of the participants"),
                legend_title=_("Participants per country"),
            ),
            "rows": rows,
            "participants": sum(shading.values()),
        },
    )
