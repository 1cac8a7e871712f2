"""Names typed in public forms lose the characters nobody sees before they are stored or published."""

import pytest

from alliance.applications.forms import ContactForm, CooperationForm, JoinForm
from alliance.core.names import NameField, normalise_name
from alliance.declaration.forms import SignForm

# Right-to-left override, zero-width space, joiners, word joiner, byte-order mark, left-to-right
# mark, isolates, soft hyphen, a control character.
INVISIBLE = "\u202e\u200b\u200c\u200d\u2060\ufeff\u200e\u2066\u2069\u00ad\x07"


@pytest.mark.parametrize("character", list(INVISIBLE), ids=lambda character: f"U+{ord(character):04X}")
def test_each_invisible_character_is_removed(character):
    assert normalise_name(f"Ana{character} Dra{character}gan") == "Ana Dragan"


def test_a_right_to_left_override_cannot_disguise_a_name():
    assert normalise_name("Roma\u202egpj.exe") == "Romagpj.exe"


def test_accents_are_composed_and_spaces_single():
    assert normalise_name("  Korc\u0327e\u0308   Municipality ") == "Korçë Municipality"
    assert normalise_name("Şişli") == "Şişli"
    assert normalise_name("Ηράκλειο") == "Ηράκλειο"


def test_it_takes_linear_time_on_a_megabyte_of_invisible_characters():
    import time

    start = time.process_time()
    assert normalise_name("a" + INVISIBLE * 100_000 + "b") == "ab"
    assert time.process_time() - start < 2


# Every public form field that holds a person's or an authority's or an organisation's name.
NAME_FIELDS = {
    JoinForm: ["authority_name", "applicant_name", "applicant_office"],
    CooperationForm: ["organisation", "contact_name"],
    ContactForm: ["name"],
    SignForm: ["signer_name", "office", "authority_name", "party"],
}


@pytest.mark.parametrize("form", NAME_FIELDS, ids=lambda form: form.__name__)
def test_every_public_name_field_uses_the_one_normaliser(form):
    fields = form.base_fields
    for name in NAME_FIELDS[form]:
        assert isinstance(fields[name], NameField), f"{form.__name__}.{name}"
    # A new field named like a name must be one too.
    named = {
        name
        for name, field in fields.items()
        if type(field).__name__ == "CharField" or isinstance(field, NameField)
        if name.endswith("name") or name in {"organisation", "office"}
    }
    assert named <= set(NAME_FIELDS[form]), named - set(NAME_FIELDS[form])


@pytest.mark.django_db
def test_a_signature_is_stored_and_published_without_them(client, countries, settings):
    from alliance.core.protection import protection_data
    from alliance.declaration.models import Signature

    settings.FORM_PROTECTION_ENABLED = False
    data = {
        "signer_name": "Ana\u200b Dra\u202egan",
        "office": "Mayor\u2060",
        "authority_name": "\ufeffKorçë",
        "country": str(countries["AL"].pk),
        "level": "local",
        "capacity": "personal",
        "email": "ana@example.org",
        "show_name": "on",
        "elected": "on",
        **protection_data(),
    }
    client.post("/en/declaration/sign/", data)
    signature = Signature.objects.get()
    assert signature.signer_name == "Ana Dragan"
    assert signature.office == "Mayor" and signature.authority_name == "Korçë"
