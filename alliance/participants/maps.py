"""Participants on the map, drawn by the registry's geography renderer.

The renderer lives in alliance.authorities.geography; should it be missing, the pages show
their accessible table alone, so a missing map never breaks a page.
"""

from django.urls import reverse


def point(authority, *, link=True):
    return {
        "lat": authority.latitude,
        "lon": authority.longitude,
        "label": authority.name,
        "url": reverse("participants:profile", args=[authority.slug]) if link else None,
    }


def render(points, shading, **options):
    """The SVG markup, or None when there is no renderer to draw it."""
    try:
        from alliance.authorities.geography import render_map
    except ImportError:
        return None
    return render_map(points, shading, **options)
