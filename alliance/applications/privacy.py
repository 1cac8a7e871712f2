"""The retention periods of applications, proposals and contact messages, for the privacy notice."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from . import services


def _days(count):
    if count % 365 == 0:
        years = count // 365
        return ngettext("%(count)d year", "%(count)d years", years) % {"count": years}
    return ngettext("%(count)d day", "%(count)d days", count) % {"count": count}


def retention():
    days = services.retention_days()
    on_request = _("; the secretariat erases it earlier on request")
    return [
        {
            "data": _(
                "Application to join or cooperation proposal: the contact person's name, office, email "
                "address and telephone number, the official letter, and the messages exchanged"
            ),
            "period": _("erased %(period)s after the secretariat's decision")
            % {"period": _days(days["decided"])}
            + on_request,
        },
        {
            "data": _("Application or proposal never confirmed through the emailed link"),
            "period": _("erased %(period)s after it was sent") % {"period": _days(days["unconfirmed"])},
        },
        {
            "data": _("Message sent through the contact form: name, email address and text"),
            "period": pgettext("a contact message", "erased %(period)s after it was sent")
            % {"period": _days(days["contact"])}
            + on_request,
        },
    ]
