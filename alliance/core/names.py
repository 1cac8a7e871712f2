"""Names as people type them, without the characters nobody sees.

A name is published (a signatory, a participant) and shown in the back office and in emails.
Invisible characters in it deceive: a right-to-left override makes "Roma‮gpj.exe" read as
"Romaexe.jpg", zero-width spaces make two identical-looking names differ (and dodge the duplicate
checks), control characters break lines and files. Every public form field that is a name is a
`NameField`, which removes Unicode's format characters (category Cf: direction overrides,
embeddings, isolates and marks, zero-width spaces and joiners, the byte-order mark, the soft
hyphen) and control characters, composes accents (NFC) and collapses runs of spaces, before the
value is checked, stored or published. Linear in the length of the text.
"""

import unicodedata

from django import forms


def _visible(character):
    category = unicodedata.category(character)
    return category != "Cf" and (category != "Cc" or character in "\t\n\r")


def normalise_name(value):
    """The name without invisible characters, accents composed, spaces single."""
    if not value:
        return value
    kept = "".join(character for character in unicodedata.normalize("NFC", value) if _visible(character))
    return " ".join(kept.split())


class NameField(forms.CharField):
    """A name typed in a public form: see the module's description."""

    def to_python(self, value):
        return normalise_name(super().to_python(value))
