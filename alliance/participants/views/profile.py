from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from alliance.authorities.models import Authority

from .. import maps, profile_sections


def profile(request, slug):
    authority = get_object_or_404(Authority.objects.select_related("country"), slug=slug)
    participation = authority.participations.order_by("-joined_on").first()
    if participation is None:
        # An authority of the registry that never took part has no public profile here.
        raise Http404("not a participant")
    small_map = None
    if authority.has_location:
        small_map = maps.render(
            [maps.point(authority, link=False)],
            None,
            focus=(authority.latitude, authority.longitude),
            width=320,
            title=_("%(name)s on the map") % {"name": authority.name},
        )
    return render(
        request,
        "participants/profile.html",
        {
            "authority": authority,
            "participation": participation,
            "small_map": small_map,
            "sections": [
                # Each section's template sees its own context, the authority and the request.
                render_to_string(
                    section["template"], {"authority": authority, **section.get("context", {})}, request
                )
                for section in profile_sections.sections_for(authority, request)
            ],
        },
    )
