"""What a visitor types, read the way the Alliance writes: the site search's query building.

People write the same word several ways: "Roma" in English and "Roms" in French, "anti-Gypsyism"
and "antigypsyism", "Val de Marne" and "Val-de-Marne". A query is read word by word; each word
stands for the forms the Alliance uses for it, in both languages, and a word joined by hyphens or
apostrophes stands for its parts as well as for the parts written together. Pages index the
joined forms of their compound words (`alliance.core.folding.compounds_joined`), so each spelling finds the others.
"""

import re

from wagtail.search.query import And, Or, PlainText

from alliance.core.folding import fold

MAX_WORDS = 8
# Word forms of the Alliance's own vocabulary in English and French; each form finds the others.
WORD_FORMS = [
    ["Roma", "Roms", "Romani", "Romanis"],
    ["antigypsyism", "antitsiganisme", "antiziganism", "antiziganisme"],
    ["Traveller", "Travellers", "Traveler", "Travelers", "Gens du voyage"],
    ["Gypsy", "Gypsies", "Tsigane", "Tsiganes"],
    ["municipality", "municipalities", "municipalité", "municipalités"],
    ["spokesperson", "porte-parole"],
]
_WORD = re.compile(r"\w+")


def _parts(text):
    return _WORD.findall(fold(text))


_FORMS = {"".join(_parts(form)): group for group in WORD_FORMS for form in group}


def terms(query):
    """The query's terms: for each word as typed, the list of its alternatives, each alternative
    a list of words that must all be there. "anti-Gypsyism" gives [["anti", "gypsyism"],
    ["antigypsyism"], ["antitsiganisme"], ...]; a plural finds its singular and the other way."""
    found = []
    for typed in query.split()[:MAX_WORDS]:
        parts = _parts(typed)
        if not parts:
            continue
        joined = "".join(parts)
        alternatives = [parts, [joined]]
        alternatives += [_parts(form) for form in _FORMS.get(joined, [])]
        if len(parts) == 1 and len(joined) > 3:
            alternatives.append([joined[:-1]] if joined.endswith("s") else [f"{joined}s"])
        unique = []
        for words in alternatives:
            if words not in unique:
                unique.append(words)
        found.append(unique)
    return found


def backend_query(query):
    """A Wagtail search query matching every term in any of its forms, or None for no words."""
    found = terms(query)
    if not found:
        return None
    wanted = _all([_any([_every(words) for words in term]) for term in found])
    typed = query.split()
    if 1 < len(typed) <= 3:
        # "Anti Gypsyism" is "anti-Gypsyism" typed with a space: the words written together too.
        together = terms("-".join(typed))[0][1:]
        wanted = _any([wanted, *[_every(words) for words in together]])
    return wanted


def _every(words):
    return _all([PlainText(word) for word in words])


def plain_queries(query, limit=6):
    """The query written in each of its forms, for searches that read plain text (good practices,
    adopted texts): the query as typed first."""
    variants = [[]]
    for alternatives in terms(query):
        variants = [variant + alternative for variant in variants for alternative in alternatives][:limit]
    return [" ".join(words) for words in variants if words]


def _all(queries):
    return queries[0] if len(queries) == 1 else And(queries)


def _any(queries):
    return queries[0] if len(queries) == 1 else Or(queries)
