"""Slugs, the last part of an address, made from names written in any script.

"Gəncə" becomes `gence` and "Ηράκλειο" `irakleio`: every letter is spelled in Latin letters
(anyascii) before Django's slugify keeps letters, digits and hyphens, so a slug stays readable for
the people the name belongs to instead of losing every letter outside ASCII. Ukrainian names follow
Ukraine's own national transliteration (Cabinet of Ministers resolution No. 55 of 2010), the one its
authorities use in Latin letters: "Дарницька районна" becomes `darnytska-raionna`, "Київ" `kyiv`.

Only the first MAX_NAME_LENGTH characters of a name are read; each step is one pass over the text,
so a hostile name costs at most a few thousand character operations.
"""

from anyascii import anyascii
from django.utils.text import slugify

MAX_NAME_LENGTH = 1000

# Letters Ukrainian writes and Russian does not: a name with one is read as Ukrainian, whatever the country.
_UKRAINIAN_ONLY = set("ґєіїҐЄІЇ")
# Letter -> (at the start of a word, elsewhere); the apostrophe and the soft sign are not written.
_UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}  # fmt: skip


def _ukrainian_in_latin(text):
    spelled = []
    previous = ""
    for letter in text.lower():
        latin = _UKRAINIAN.get(letter)
        if latin is None:
            spelled.append(letter)
        elif isinstance(latin, tuple):
            spelled.append(latin[0] if not previous.isalpha() else latin[1])
        elif letter == "г" and previous == "з":
            spelled.append("gh")  # "зг" is written "zgh", so that it is not read as "zh"
        else:
            spelled.append(latin)
        if letter not in "'’ʼ":
            previous = letter
    return "".join(spelled)


def slug_from(name, max_length, fallback, *, country=""):
    """The slug for `name`, at most `max_length` characters, or `fallback` when nothing is left.

    `country` (an ISO code) says which national transliteration to use where there is one.
    """
    text = str(name or "")[:MAX_NAME_LENGTH]
    if country.upper() == "UA" or not _UKRAINIAN_ONLY.isdisjoint(text):
        text = _ukrainian_in_latin(text)
    slug = slugify(anyascii(text))[:max_length].strip("-")
    return slug or fallback
