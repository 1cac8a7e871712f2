"""Matching an applicant to the registry: same country, same name once case and accents are folded."""

import pycountry

from alliance.authorities.models import Authority
from alliance.core.folding import fold


def suggested_matches(application, limit=10):
    """Registry records that may be the applicant, the exact name matches first."""
    folded = fold(application.authority_name)
    if not folded:
        return []
    candidates = list(
        Authority.objects.filter(country_id=application.country_id, name_folded__contains=folded)
        .select_related("country")
        .order_by("name")[:50]
    )
    exact_ids = set(
        Authority.objects.named(application.authority_name, application.country_id).values_list(
            "pk", flat=True
        )
    )
    exact = [a for a in candidates if a.pk in exact_ids]
    others = [a for a in candidates if a.pk not in exact_ids]
    return (exact + others)[:limit]


def best_match(application):
    """The one record that matches exactly, if there is exactly one."""
    exact = list(Authority.objects.named(application.authority_name, application.country_id)[:2])
    return exact[0] if len(exact) == 1 else None


def subdivision_code(country_code, text):
    """The ISO 3166-2 code of the region the applicant typed, or "" when it is not recognised."""
    text = (text or "").strip()
    if not text:
        return ""
    wanted = fold(text)
    try:
        subdivisions = pycountry.subdivisions.get(country_code=country_code) or []
    except (KeyError, LookupError):
        return ""
    for subdivision in subdivisions:
        if wanted in (fold(subdivision.code), fold(subdivision.name)):
            return subdivision.code
    return ""
