"""What the layout of every page shows besides the navigation: the terminology note, the
secretariat's contact and the social links.

Read once per language and cached until a page or a setting changes (the "pages" generation, see
`core/generations.py`), so a page costs no query for them.
"""

from alliance.core.generations import cached
from alliance.core.languages import current_language, in_current_locale


def parts():
    """{"terminology_note": note or None, "contact": SecretariatContact, "social": SocialLinks}"""
    return cached(f"layout:{current_language()}", ["pages"], _read)


def _read():
    from .models import SecretariatContact, SocialLinks, TerminologyNote

    # A setting not yet saved in the back office reads as empty; a page view never writes it.
    return {
        "terminology_note": TerminologyNote.objects.filter(in_current_locale()).first(),
        "contact": SecretariatContact.objects.first() or SecretariatContact(),
        "social": SocialLinks.objects.first() or SocialLinks(),
    }
