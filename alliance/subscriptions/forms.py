from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from alliance.core.protection import ProtectionMixin

from .models import Rhythm, Topic

CONSENT = _(
    "I agree that the secretariat of the Alliance keeps my email address and my choices to send me "
    "what I asked for, until I leave. It is never published nor given to anyone."
)


class PreferencesForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label=_("What would you like to receive?"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Please choose at least one topic.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the emails"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )
    rhythm = forms.ChoiceField(
        label=_("How often?"), choices=Rhythm.choices, initial=Rhythm.EACH, widget=forms.RadioSelect
    )


class SubscribeForm(ProtectionMixin, PreferencesForm):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send a link to this address: nothing else comes until you open it."),
    )
    consent = forms.BooleanField(
        label=CONSENT,
        error_messages={"required": _("Please agree to the processing of your email address.")},
    )

    field_order = ["email", "topics", "language", "rhythm", "consent"]
