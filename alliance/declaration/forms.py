from django import forms
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Authority, Country, Level
from alliance.core import generations
from alliance.core.folding import fold
from alliance.core.languages import current_language
from alliance.core.protection import ProtectionMixin

from .models import Capacity, Signature


def _cached_choices(name, countries):
    language = current_language()
    field = "name_fr" if language == "fr" else "name_en"

    def choices():
        return [(str(pk), label) for pk, label in countries.order_by(field).values_list("pk", field)]

    return generations.cached(f"declaration:{name}:{language}", ["countries"], choices)


def country_choices():
    """(id, name) of every country in the registry (signatories of the record included), in the
    visitor's language; cached. For the public list and its filters."""
    return _cached_choices("countries", Country.objects.all())


def member_state_choices():
    """(id, name) of the countries whose representatives may sign: the Council of Europe's member
    states, the same list as the join form's; cached."""
    return _cached_choices("member-states", Country.objects.member_states())


def match_authority(country_id, name):
    """The registry's authority of that name in that country (case and accents aside), or None."""
    return Authority.objects.named(name, country_id).order_by("pk").first()


class SignForm(ProtectionMixin, forms.ModelForm):
    country = forms.TypedChoiceField(label=_("Country"), coerce=int, choices=())
    elected = forms.BooleanField(
        label=_(
            "I am a mayor or an elected local or regional representative of a Council of Europe member state."
        ),
        required=True,
    )

    class Meta:
        model = Signature
        fields = [
            "signer_name",
            "office",
            "authority_name",
            "country",
            "level",
            "capacity",
            "party",
            "email",
            "show_name",
        ]
        labels = {
            "signer_name": _("Your name"),
            "office": _("Your office"),
            "authority_name": _("Your municipality or region"),
            "level": _("Level of the authority"),
            "capacity": _("You sign"),
            "party": _("Party or political group"),
            "email": _("Your email address"),
            "show_name": _("My name and office may be shown in the public list of signatories"),
        }
        help_texts = {
            "office": _("For example: Mayor, Deputy Mayor, Member of the Regional Council."),
            "authority_name": _(
                "Choose it from the suggestions when it is in our registry, or type its official name."
            ),
            "email": _("We send a link to confirm your signature. It is never published."),
            "show_name": _("Without this, only your authority and country are shown."),
        }
        widgets = {"capacity": forms.RadioSelect, "level": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", "—")] + member_state_choices()
        self.fields["signer_name"].required = True
        self.fields["office"].required = True
        self.fields["email"].required = True
        self.fields["capacity"].choices = Capacity.choices
        self.fields["level"].choices = Level.choices
        self.fields["authority_name"].widget.attrs.update(
            {"list": "authority-suggestions", "autocomplete": "off"}
        )
        self.fields["signer_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["office"].widget.attrs["autocomplete"] = "organization-title"

    def _get_validation_exclusions(self):
        # The country was checked against the cached list of choices: no query to check it again.
        exclude = super()._get_validation_exclusions()
        exclude.add("country")
        return exclude

    def clean_signer_name(self):
        name = " ".join(self.cleaned_data["signer_name"].split())
        if not fold(name):
            raise forms.ValidationError(_("Please give your name."))
        return name

    def clean_authority_name(self):
        name = " ".join(self.cleaned_data["authority_name"].split())
        if not fold(name):
            raise forms.ValidationError(_("Please give the name of your municipality or region."))
        return name

    def clean_country(self):
        country_id = self.cleaned_data["country"]
        self.instance.country_id = country_id
        return Country(pk=country_id)

    def clean(self):
        cleaned = super().clean()
        country = cleaned.get("country")
        name = cleaned.get("authority_name")
        if country and name:
            authority = match_authority(country.pk, name)
            self.instance.authority = authority
            if authority is not None:
                cleaned["authority_name"] = authority.name
                cleaned["level"] = authority.level
        return cleaned
