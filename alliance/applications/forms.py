"""The public forms: joining, proposing cooperation, writing to the secretariat, adding information."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Country, Kind
from alliance.core.protection import ProtectionMixin

from .letters import check_letter, max_letter_bytes
from .models import ContactMessage, CooperationProposal, JoinApplication

# The participants' obligations, as the Alliance's strategic guidelines state them (2016).
OBLIGATIONS = [
    _("uphold the Council of Europe's standards on human rights and good governance;"),
    _("never use or tolerate hate speech against Roma and Travellers;"),
    _("work to end the segregation of Roma and Traveller children at school;"),
    _("refrain from forced evictions."),
]


def countries():
    return Country.objects.member_states()


class CountryField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=Country.objects.none(), empty_label=_("Choose a country"), **kwargs)


class LetterField(forms.FileField):
    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            check_letter(upload)
            # The sender's file name may hold personal data or odd characters; the content is what counts.
            upload.name = f"letter-{uuid.uuid4().hex[:12]}.pdf"
        return upload


def consent_field():
    return forms.BooleanField(
        label=_(
            "I agree that the secretariat of the Alliance keeps and uses the personal data in this form "
            "to handle it and to answer me. It is never published."
        ),
        error_messages={"required": _("Please agree to the processing of your personal data.")},
    )


def website_field():
    return forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )


class PublicFormMixin:
    """Countries in the visitor's language; fields report their errors in one place."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "country" in self.fields:
            self.fields["country"].queryset = countries()


class JoinForm(PublicFormMixin, ProtectionMixin, forms.ModelForm):
    country = CountryField(label=_("Country"))
    website = website_field()
    letter = LetterField(
        label=_("Official decision or letter (PDF)"),
        help_text=_(
            "The decision of the council or the letter of the mayor or president asking to join, "
            "as a PDF file."
        ),
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
    )
    obligations_accepted = forms.BooleanField(
        label=_("On behalf of the authority, I accept these obligations of the Alliance's participants."),
        error_messages={"required": _("Participants must accept the obligations of the Alliance.")},
    )
    population = forms.IntegerField(label=_("Population"), required=False, min_value=1, max_value=200_000_000)
    consent = consent_field()

    class Meta:
        model = JoinApplication
        fields = [
            "authority_name",
            "level",
            "kind",
            "country",
            "subdivision",
            "population",
            "website",
            "applicant_name",
            "applicant_office",
            "email",
            "phone",
            "letter",
            "obligations_accepted",
            "consent",
        ]
        labels = {
            "authority_name": _("Name of the city or region"),
            "level": _("Level"),
            "kind": _("Kind of authority"),
            "subdivision": _("Region or province"),
            "applicant_name": _("Your name"),
            "applicant_office": _("Your office"),
            "email": _("Your email address"),
            "phone": _("Your telephone number"),
        }
        help_texts = {
            "authority_name": _("The official name, as in the decision."),
            "applicant_office": _("For example: Mayor, Deputy Mayor for social affairs, head of department."),
            "email": _("We send a link to this address to confirm the application."),
        }
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "applicant_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Choose a kind"))] + list(Kind.choices)
        self.fields["letter"].help_text = f"{self.fields['letter'].help_text} " + str(
            _("Up to %(size)s MB.") % {"size": max_letter_bytes() // (1024 * 1024)}
        )

    @property
    def obligations(self):
        return OBLIGATIONS


class CooperationForm(PublicFormMixin, ProtectionMixin, forms.ModelForm):
    country = CountryField(label=_("Country"))
    website = website_field()
    consent = consent_field()

    class Meta:
        model = CooperationProposal
        fields = [
            "organisation",
            "country",
            "website",
            "areas_of_work",
            "proposal",
            "contact_name",
            "email",
            "phone",
            "consent",
        ]
        labels = {
            "organisation": _("Name of the organisation"),
            "areas_of_work": _("Areas of work"),
            "proposal": _("Your proposal"),
            "contact_name": _("Contact person"),
            "email": _("Email address"),
            "phone": _("Telephone number"),
        }
        help_texts = {
            "areas_of_work": _("For example: education, housing, health, employment, mediation."),
            "proposal": _("What you propose to do with the Alliance or its participants."),
            "email": _("We send a link to this address to confirm the proposal."),
        }
        widgets = {
            "areas_of_work": forms.Textarea(attrs={"rows": 3}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }


class ContactForm(ProtectionMixin, forms.ModelForm):
    consent = consent_field()

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message", "consent"]
        labels = {
            "name": _("Your name"),
            "email": _("Your email address"),
            "subject": _("Subject"),
            "message": _("Message"),
        }
        help_texts = {"email": _("You receive a copy of your message at this address.")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }


class SupplementForm(ProtectionMixin, forms.Form):
    text = forms.CharField(
        label=_("Additional information"), widget=forms.Textarea, max_length=5000, required=False
    )
    letter = LetterField(
        label=_("A new or additional letter (PDF)"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def __init__(self, *args, with_letter=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_letter:
            del self.fields["letter"]

    def clean(self):
        data = super().clean()
        if not (data.get("text") or "").strip() and not data.get("letter") and not self.errors:
            raise forms.ValidationError(_("Please write the information asked for, or add a file."))
        return data


# ---------------------------------------------------------------- the secretariat's decisions

NEW_RECORD = "new"


class DecisionForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the sender"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        required=False,
    )

    def __init__(self, *args, message_required=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].required = message_required
        if message_required:
            self.fields["message"].error_messages["required"] = _("Please write the message for the sender.")


class ApprovalForm(DecisionForm):
    """The reviewer picks the registry's record of the applicant, or a new record."""

    authority = forms.ChoiceField(label=_("Authority in the registry"), widget=forms.RadioSelect)

    def __init__(self, *args, matches=(), suggested=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.matches = {str(authority.pk): authority for authority in matches}
        choices = [
            (
                str(authority.pk),
                f"{authority.name} · {authority.country.name} · {authority.get_kind_display()}",
            )
            for authority in matches
        ]
        choices.append((NEW_RECORD, _("None of these: create a new record from the application")))
        self.fields["authority"].choices = choices
        self.fields["authority"].initial = str(suggested.pk) if suggested else NEW_RECORD

    def chosen_authority(self):
        return self.matches.get(self.cleaned_data["authority"])
