"""The visitor's language, and texts the platform keeps in both of its languages.

Every public page is under /en/ or /fr/; outside a request (a task, a command) the active language
is the site's default. Models that store a text twice name its fields `<field>_en` and `<field>_fr`.
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_code(language):
    """One of the site's language codes for `language` ("fr-ch" gives "fr"), else the default."""
    code = (language or "").split("-")[0].lower()
    return code if code in language_codes() else settings.LANGUAGE_CODE


def current_language():
    """ "en" or "fr": the language of the page being made."""
    return language_code(get_language())


def in_current_locale():
    """A filter on the Wagtail locale of the page being made, joined in the query itself (Wagtail's
    `Locale.get_active()` costs a query of its own each time)."""
    return Q(locale__language_code=current_language())


def other_language(language):
    """The site's other language: "fr" for "en" and "en" for "fr"."""
    return next(code for code in language_codes() if code != language_code(language))


def in_french():
    return current_language() == "fr"


def in_language(obj, field):
    """The French text of `field` when the page is in French and it is filled in, else the English."""
    if in_french():
        return getattr(obj, f"{field}_fr") or getattr(obj, f"{field}_en")
    return getattr(obj, f"{field}_en")


def text_and_language(obj, field):
    """(text, language) of `field` in the visitor's language, or in the other one when it is empty;
    the page marks a text shown in the other language with its `lang`."""
    wanted = current_language()
    for language in (wanted, other_language(wanted)):
        text = getattr(obj, f"{field}_{language}")
        if text.strip():
            return text, language
    return "", wanted


# On a page with a form, the other language's link is a button that sends the form to the same
# page in that language: what was typed is shown again there, unchecked, with no script needed.
LANGUAGE_SWITCH = "switch_language"
FORM_KEPT_ACROSS_LANGUAGES = "form-in-progress"


def switching_language(request):
    """Whether this POST only asks for the same form in another language."""
    return request.method == "POST" and LANGUAGE_SWITCH in request.POST


def keep_across_languages(context):
    """`context` for a form page whose language links keep what was typed (the form's id)."""
    return {**context, "language_switch_form": FORM_KEPT_ACROSS_LANGUAGES}
