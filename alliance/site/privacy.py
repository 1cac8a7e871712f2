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


def retention_periods():
    return [row for provider in _providers for row in provider()]
