"""Fails when a French message of the project is missing or fuzzy, or breaks French typography
(a no-break space, U+00A0 or U+202F, goes before : ; ? ! and inside « »), listing each one."""

import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
# A mark after a letter, a closing bracket or a placeholder, with no space or an ordinary one;
# times ("14:30") and addresses ("https://") are left alone.
UNSPACED_MARK = re.compile(r"(?:[^\W\d_]|[)\]»]|%\(\w+\)[sd]| )[:;?!»](?![/\d])|« ")


# Names written the same in every language, marks included.
PROPER_NAMES = ("Dosta!",)


def typography(text):
    """The faulty spots of a French message, or an empty list."""
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return [text[max(0, match.start() - 15) : match.end()] for match in UNSPACED_MARK.finditer(text)]


def problems():
    for po_path in sorted(ROOT.glob("alliance/*/locale/fr/LC_MESSAGES/django.po")):
        catalogue = polib.pofile(str(po_path))
        relative = po_path.relative_to(ROOT)
        for entry in catalogue.untranslated_entries():
            yield f"{relative}: missing: {entry.msgid!r}"
        for entry in catalogue.fuzzy_entries():
            yield f"{relative}: fuzzy: {entry.msgid!r}"
        for entry in catalogue.translated_entries():
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                for spot in typography(text):
                    yield f"{relative}: no no-break space before a mark in {spot!r} ({entry.msgid!r})"


if __name__ == "__main__":
    found = list(problems())
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} French message(s) to translate or to fix.")
        sys.exit(1)
    print("Every French message is translated.")
