"""Fails when a French message of the project is missing or fuzzy, listing each one."""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def problems():
    for po_path in sorted(ROOT.glob("alliance/*/locale/fr/LC_MESSAGES/django.po")):
        catalogue = polib.pofile(str(po_path))
        relative = po_path.relative_to(ROOT)
        for entry in catalogue.untranslated_entries():
            yield f"{relative}: missing: {entry.msgid!r}"
        for entry in catalogue.fuzzy_entries():
            yield f"{relative}: fuzzy: {entry.msgid!r}"


if __name__ == "__main__":
    found = list(problems())
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} French message(s) to translate.")
        sys.exit(1)
    print("Every French message is translated.")
