"""Participants on the map, drawn by the registry's geography renderer (alliance.authorities.geography)."""

from django.urls import reverse

from alliance.authorities.geography import render_map


def point(authority, *, link=True):
    return {
        "lat": authority.latitude,
        "lon": authority.longitude,
        "country_code": authority.country.code,
        "label": authority.name,
        "url": reverse("participants:profile", args=[authority.slug]) if link else None,
    }


def render(points, shading, **options):
    """The SVG markup of the map."""
    return render_map(points, shading, **options)
