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
    exact = [a for a in candidates if folded in (fold(a.name), fold(a.local_name))]
    others = [a for a in candidates if a not in exact]
    return (exact + others)[:limit]


def best_match(application):
    """The one record that matches exactly, if there is exactly one."""
    folded = fold(application.authority_name)
    exact = [a for a in suggested_matches(application) if folded in (fold(a.name), fold(a.local_name))]
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
