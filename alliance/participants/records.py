"""A participant's public record: the fields every public output (exports, API) may show.

Focal-point contacts live in another table and never reach this module.
"""

from django.urls import reverse


def public_record(request, participation, day=None):
    """The record as it stood on `day` (today by default): a departure after that day is not
    known yet."""
    authority = participation.authority
    left_on = (
        participation.left_on
        if participation.left_on and (day is None or participation.left_on <= day)
        else None
    )
    return {
        "accession_number": participation.accession_number,
        "name": authority.name,
        "local_name": authority.local_name,
        "slug": authority.slug,
        "country_code": authority.country.code,
        "country_name_en": authority.country.name_en,
        "country_name_fr": authority.country.name_fr,
        "level": authority.level,
        "kind": authority.kind,
        "subdivision_code": authority.subdivision_code,
        "population": authority.population,
        "latitude": authority.latitude,
        "longitude": authority.longitude,
        "website": authority.website,
        "joined_on": participation.joined_on.isoformat(),
        "left_on": left_on.isoformat() if left_on else None,
        "profile_url": request.build_absolute_uri(reverse("participants:profile", args=[authority.slug])),
    }
