from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from alliance.authorities.models import Authority

from .models import Participation


def directory(request):
    participations = (
        Participation.objects.current()
        .select_related("authority", "authority__country")
        .order_by("authority__name")
    )
    query = request.GET.get("q", "").strip()
    if query:
        participations = participations.filter(authority__in=Authority.objects.search(query))
    page = Paginator(participations, 50).get_page(request.GET.get("page"))
    return render(request, "participants/directory.html", {"page_obj": page, "query": query})


def profile(request, slug):
    authority = get_object_or_404(Authority.objects.select_related("country"), slug=slug)
    participation = authority.participations.order_by("-joined_on").first()
    if participation is None:
        raise Http404("not a participant")
    return render(
        request, "participants/profile.html", {"authority": authority, "participation": participation}
    )
