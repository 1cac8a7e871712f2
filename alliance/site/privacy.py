"""What the privacy notice says about how long personal data is kept.

The site app sits below the apps that hold personal data, so it cannot ask them; each registers
here, from its AppConfig.ready(), a function that states its retention periods from the live
settings. The notice then always says what the platform actually does.
"""

_providers = []


def register(provider):
    """provider() -> iterable of {"data": str, "period": str}, worded in the active language."""
    _providers.append(provider)
    return provider


def _outbox():
    """The platform's own outbox (core), which every domain's emails pass through."""
    from django.conf import settings
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    days = settings.SENT_EMAIL_RETENTION_DAYS
    return [
        {
            "data": _("Copies of the emails the platform sent (address, name and text)"),
            "period": ngettext(
                "deleted %(days)d day after sending", "deleted %(days)d days after sending", days
            )
            % {"days": days},
        }
    ]


def retention_periods():
    return [row for provider in _providers for row in provider()] + _outbox()
