from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from alliance.authorities.models import Authority

from .services import PROFILE_FIELDS


class FocalPointLoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("Email address"), max_length=150, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()


class AcceptInvitationForm(forms.Form):
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters; not a common password, not only digits, not like your name."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, focal_point, **kwargs):
        self.focal_point = focal_point
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            # Judged against the person's own name and address, as for any account.
            from django.contrib.auth import get_user_model

            probe = get_user_model()(
                username=self.focal_point.email,
                email=self.focal_point.email,
                first_name=self.focal_point.name,
            )
            try:
                password_validation.validate_password(first, probe)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Authority
        fields = PROFILE_FIELDS
        help_texts = {"population": _("Inhabitants, as last counted.")}
