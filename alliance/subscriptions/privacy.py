"""What the privacy notice says of subscriptions, from the same numbers the periodic loop applies."""

from django.utils.translation import gettext as _

from alliance.site import privacy

from .services import ENDED_DAYS, UNCONFIRMED_DAYS


@privacy.register
def retention():
    return [
        {
            "data": _(
                "Email address and choices of a subscription to the Alliance's emails, never confirmed"
            ),
            "period": _("%(days)s days, then deleted") % {"days": UNCONFIRMED_DAYS},
        },
        {
            "data": _(
                "Email address, choices and record of consent of a subscription (used only to send what "
                "was chosen)"
            ),
            "period": _("as long as the subscription lasts, then %(days)s days after leaving")
            % {"days": ENDED_DAYS},
        },
    ]
