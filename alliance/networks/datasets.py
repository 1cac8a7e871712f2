"""The national networks and their members as datasets, exported in every format by
`alliance.core.exports` and served by the API, in the order of the networks' page.

Members are authorities, never people: no contact of a network or of its members is published.
"""

import datetime

from django.db.models import Count, Exists, Max, Min, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alliance.core.exports import Column, Table, as_of
from alliance.participants.models import Participation

from .models import NationalNetwork, NetworkMembership

NETWORK_URL = "https://example.org/en/networks/ukraine/"

NETWORK_COLUMNS = (
    Column(
        "slug",
        "string",
        _("Identifier of the network in the site's addresses"),
        "ukraine",
        {"required": True},
    ),
    Column("name_en", "string", _("Name in English"), "Ukrainian national network", {"required": True}),
    Column("name_fr", "string", _("Name in French"), "Réseau national ukrainien"),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of its country"), "UA", {"required": True}),
    Column(
        "founded_on",
        "date",
        _("Day it was founded; the first of the month when only the month is known"),
        "2016-03-01",
    ),
    Column("founded_month_only", "boolean", _("True when only the month of founding is known"), True),
    Column(
        "members", "integer", _("Authorities that are members today"), 9, {"required": True, "minimum": 0}
    ),
    Column(
        "founding_members", "integer", _("Authorities that founded it"), 5, {"required": True, "minimum": 0}
    ),
    Column("status_en", "string", _("Where it stands, in English, when that is recorded"), ""),
    Column("status_fr", "string", _("Where it stands, in French"), ""),
    Column("network_url", "string", _("Address of its page on this site"), NETWORK_URL),
)


def _network_rows(request, query):
    today = timezone.localdate()
    current = Q(memberships__joined_on__isnull=True) | Q(memberships__joined_on__lte=today)
    current &= Q(memberships__left_on__isnull=True) | Q(memberships__left_on__gt=today)
    networks = NationalNetwork.objects.select_related("country").annotate(
        current_members=Count("memberships", filter=current, distinct=True),
        founders=Count("memberships", filter=Q(memberships__founding_member=True), distinct=True),
    )
    for network in networks.order_by("name_en"):
        yield {
            "slug": network.slug,
            "name_en": network.name_en,
            "name_fr": network.name_fr,
            "country_code": network.country.code,
            "founded_on": network.founded_on,
            "founded_month_only": network.founded_month_only,
            "members": network.current_members,
            "founding_members": network.founders,
            "status_en": network.status_en,
            "status_fr": network.status_fr,
            "network_url": request.build_absolute_uri(reverse("networks:detail", args=[network.slug])),
        }


def _network_span():
    days = NationalNetwork.objects.aggregate(first=Min("founded_on"), last=Max("founded_on"))
    changed = NetworkMembership.objects.aggregate(joined=Max("joined_on"), left=Max("left_on"))
    last = max((day for day in (days["last"], changed["joined"], changed["left"]) if day), default=None)
    return days["first"], min(last, timezone.localdate()) if last else None


KEYWORDS = (_("national networks"), _("Roma"), _("inclusion"), _("local authorities"))

NETWORKS = Table(
    name="national-networks",
    title=_("National networks of the Alliance"),
    description=_(
        "The national networks in which the Alliance's cities and regions of one country work "
        "together: when each was founded, how many members it has today and where it stands."
    ),
    columns=NETWORK_COLUMNS,
    rows=_network_rows,
    page="networks:index",
    frequency="IRREG",
    frequency_label=_("when a network is founded or changes, a few times a year"),
    primary_key=("slug",),
    keywords=KEYWORDS,
    themes=("SOCI", "GOVE", "REGI"),
    issued=datetime.date(2026, 12, 8),
    span=_network_span,
)

MEMBER_COLUMNS = (
    Column("network", "string", _("Identifier of the network"), "ukraine", {"required": True}),
    Column(
        "authority",
        "string",
        _("City or region that is or was a member"),
        "Kropyvnytskyi",
        {"required": True},
    ),
    Column(
        "authority_slug",
        "string",
        _("Identifier of the authority's profile when it takes part in the Alliance; empty otherwise"),
        "kropyvnytskyi",
    ),
    Column("country_code", "string", _("ISO 3166-1 alpha-2 code of its country"), "UA", {"required": True}),
    Column("level", "string", _("local or regional"), "local", {"enum": ["local", "regional"]}),
    Column("founding_member", "boolean", _("True when it founded the network"), True, {"required": True}),
    Column("joined_on", "date", _("Day it joined the network, when known"), "2016-03-01"),
    Column("left_on", "date", _("First day on which it was no longer a member; empty while it is"), None),
    Column("latitude", "number", _("Latitude of the authority's seat, WGS 84"), 48.5079),
    Column("longitude", "number", _("Longitude of the authority's seat, WGS 84"), 32.2623),
)


def _member_rows(request, query):
    """Every membership, in the networks' order then by authority; as it stood on `?on=`: the
    members that had joined by then, and a departure only once it happened."""
    day = as_of(query)
    memberships = NetworkMembership.objects.select_related("network", "authority__country").annotate(
        participant=Exists(Participation.objects.filter(authority=OuterRef("authority")))
    )
    if day is not None:
        memberships = memberships.filter(Q(joined_on__isnull=True) | Q(joined_on__lte=day))
    for membership in memberships.order_by("network__name_en", "authority__name", "pk"):
        authority = membership.authority
        left_on = (
            membership.left_on if membership.left_on and (day is None or membership.left_on <= day) else None
        )
        yield {
            "network": membership.network.slug,
            "authority": authority.name,
            "authority_slug": authority.slug if membership.participant else "",
            "country_code": authority.country.code,
            "level": authority.level,
            "founding_member": membership.founding_member,
            "joined_on": membership.joined_on,
            "left_on": left_on,
            "latitude": authority.latitude,
            "longitude": authority.longitude,
        }


def _place(row):
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    return (row["longitude"], row["latitude"])


MEMBERS = Table(
    name="network-members",
    title=_("Members of the national networks"),
    description=_(
        "Every city or region that is or was a member of a national network, with the day it "
        "joined and, when it left, the day it left, and whether it founded the network."
    ),
    columns=MEMBER_COLUMNS,
    rows=_member_rows,
    page="networks:index",
    frequency="IRREG",
    frequency_label=_("when a network is founded or changes, a few times a year"),
    place=_place,
    dated=True,
    keywords=(*KEYWORDS, _("members")),
    themes=("SOCI", "GOVE", "REGI"),
    issued=datetime.date(2026, 12, 8),
    span=_network_span,
)
