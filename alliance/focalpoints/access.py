"""Who may enter the members area: the authority always comes from the signed-in focal point.

Member views never read an authority from the URL or the form; they take it from here, so a
focal point cannot reach another authority's data by editing an address.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from .models import FocalPoint


def focal_point_of(user):
    if not user.is_authenticated:
        return None
    return (
        FocalPoint.objects.active()
        .select_related("authority", "authority__country")
        .filter(user=user)
        .first()
    )


def focal_point_required(view):
    """Sends visitors to the focal point login; refuses accounts that are not an active focal point."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("focalpoints:login"))
        focal_point = focal_point_of(request.user)
        if focal_point is None:
            raise PermissionDenied("not a focal point")
        request.focal_point = focal_point
        return view(request, *args, **kwargs)

    return wrapper
