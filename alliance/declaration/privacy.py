"""The Declaration's retention periods, for the privacy notice."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import switches


def retention():
    days = switches.current()["ip_retention_days"]
    return [
        {
            "data": _("IP address from which the Declaration was signed"),
            "period": ngettext(
                "erased %(days)d day after the signature is verified",
                "erased %(days)d days after the signature is verified",
                days,
            )
            % {"days": days},
        },
        {
            "data": _("Name, office, authority and email address of a signatory"),
            "period": _(
                "kept while the signature stands; a withdrawn signature leaves the public list at "
                "once, and the secretariat deletes a signature and its data on request"
            ),
        },
    ]
