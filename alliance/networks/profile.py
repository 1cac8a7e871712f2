"""What national networks add to a participant's profile and to the directory's filters."""

from django.utils.translation import gettext_lazy as _

from .models import NationalNetwork, NetworkMembership


def profile_section(authority, request):
    memberships = list(NetworkMembership.objects.filter(authority=authority).select_related("network"))
    if not memberships:
        return None
    return {
        "order": 40,
        "template": "networks/profile_section.html",
        "context": {"network_memberships": memberships},
    }


def network_choices():
    return [(network.slug, network.name) for network in NationalNetwork.objects.all()]


def filter_by_network(authorities, value):
    members = NetworkMembership.objects.current().filter(network__slug=value).values("authority_id")
    return authorities.filter(pk__in=members)


def register():
    from alliance.participants.profile_sections import register as register_section
    from alliance.participants.profile_sections import register_directory_filter

    register_section(profile_section)
    register_directory_filter("network", _("National network"), network_choices, filter_by_network)
