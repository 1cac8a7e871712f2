"""The Declaration on a participant's profile: whether the authority signed, and when."""

from .models import Signature


def signature_section(authority, request):
    signatures = list(
        Signature.objects.public()
        .filter(authority=authority)
        .order_by("signed_on")
        .values("signed_on", "show_name", "signer_name", "office")
    )
    return {
        "order": 30,
        "template": "declaration/profile_section.html",
        "context": {"declaration_signatures": signatures, "authority": authority},
    }
