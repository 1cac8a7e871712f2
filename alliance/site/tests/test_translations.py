"""English and French are complete: a missing or fuzzy French message fails the suite."""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[3]
CATALOGUES = sorted(ROOT.glob("alliance/*/locale/fr/LC_MESSAGES/django.po"))


def test_there_are_french_catalogues():
    assert any("alliance/site/" in str(path) for path in CATALOGUES)


def test_every_french_message_is_translated_and_not_fuzzy():
    problems = []
    for path in CATALOGUES:
        catalogue = polib.pofile(str(path))
        problems += [
            f"{path.parent.parent.parent.parent.name}: {e.msgid!r}" for e in catalogue.untranslated_entries()
        ]
        problems += [
            f"{path.parent.parent.parent.parent.name}: fuzzy {e.msgid!r}" for e in catalogue.fuzzy_entries()
        ]
    assert problems == []


def test_every_catalogue_is_compiled_from_its_current_text():
    stale = []
    for path in CATALOGUES:
        compiled = path.with_suffix(".mo")
        if not compiled.exists():
            stale.append(str(path))
            continue
        # Keyed by context too: one text may be worded apart for two contexts.
        expected = {
            (e.msgctxt, e.msgid): e.msgstr
            for e in polib.pofile(str(path)).translated_entries()
            if not e.msgid_plural
        }
        actual = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(compiled)) if not e.msgid_plural}
        if any(actual.get(key) != msgstr for key, msgstr in expected.items()):
            stale.append(str(path))
    assert stale == [], "run `manage.py compile_translations`"
