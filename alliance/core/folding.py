"""Folding of names for search and matching: case and accents do not count.

"Korçë" and "korce", "Şişli" and "sisli" fold to the same text, so a person can type a name
the way their keyboard allows and still find it.
"""

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "’": "'",
    }
)
_SPACES = re.compile(r"\s+")


def fold(text):
    """Lower-case text without accents, with runs of white space made single."""
    if not text:
        return ""
    text = str(text).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.casefold().translate(_SPECIAL)).strip()
