"""A demo focal point for Heraklion, a founding participant. Its account gets a password only
when settings.DEMO_ADMIN_PASSWORD is set (as `make run` does), like the demo administrator."""

from django.conf import settings
from django.contrib.auth import get_user_model

from alliance.authorities.models import Authority

from .models import FocalPoint

EMAIL = "focal-point@heraklion.example.org"


def load(command):
    authority = Authority.objects.filter(name="Heraklion", country__code="GR").first()
    if authority is None:
        return "no demo focal point: Heraklion is not in the registry"
    focal_point, _created = FocalPoint.objects.get_or_create(
        email=EMAIL,
        defaults={
            "authority": authority,
            "name": "Demo focal point",
            "office": "Demo account",
            "language": "en",
        },
    )
    if not settings.DEMO_ADMIN_PASSWORD:
        return f"demo focal point of {authority} (no account: DEMO_ADMIN_PASSWORD is not set)"
    if focal_point.user is None:
        user_model = get_user_model()
        user = user_model.objects.filter(username=EMAIL).first()
        if user is None:
            user = user_model.objects.create_user(EMAIL, EMAIL, settings.DEMO_ADMIN_PASSWORD)
        focal_point.user = user
        focal_point.save(update_fields=["user", "updated_at"])
    return f"demo focal point of {authority}: sign in at /en/focal-point/login/ as {EMAIL}"
