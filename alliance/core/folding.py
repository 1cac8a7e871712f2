"""Folding of names for search and matching: case and accents do not count.

"Korçë" and "korce", "Şişli" and "sisli" fold to the same text, so a person can type a name
the way their keyboard allows and still find it. Hyphens, apostrophes and spaces between words
count as one: "Val de Marne" and "Val-de-Marne", "Reggio nell'Emilia" and "Reggio nell Emilia"
fold alike.
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
# Between words, a hyphen, a dash or an apostrophe (typed or typographic) is a space.
_JOINERS = re.compile(r"[-‐‑‒–—'’ʼ`]+")


def fold(text):
    """Lower-case text without accents, with runs of white space made single."""
    if not text:
        return ""
    text = str(text).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    joined = _JOINERS.sub(" ", bare.casefold().translate(_SPECIAL))
    return _SPACES.sub(" ", joined).strip()


_NUMBER = re.compile(r"\d{1,12}")
NATURAL_SORT_LENGTH = 500


def natural_sort_key(text):
    """Folded text whose numbers sort as numbers: "No. 2" before "No. 10" (each number is padded
    to twelve digits; the key is bounded in length)."""
    return _NUMBER.sub(lambda number: number.group().zfill(12), fold(text))[:NATURAL_SORT_LENGTH]


# Letters joined by a hyphen or an apostrophe (typed or typographic) make one compound word.
_COMPOUND = re.compile(r"\w+(?:[-‐‑'’ʼ]\w+)+")
_WORD = re.compile(r"\w+")


def compounds_joined(text):
    """The compound words of a text written together ("Val-de-Marne" gives "valdemarne"), for a
    search index: a visitor who types the word without its hyphens still finds the text."""
    words = {"".join(_WORD.findall(fold(word))) for word in _COMPOUND.findall(str(text or ""))}
    return " ".join(sorted(words))
