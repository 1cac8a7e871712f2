"""The one home of the language idioms: the current language, and texts kept in both languages."""

from types import SimpleNamespace

from django.utils import translation

from alliance.core.languages import (
    current_language,
    in_french,
    in_language,
    language_code,
    other_language,
    text_and_language,
)


def test_the_current_language_is_one_of_the_sites_codes():
    with translation.override("fr"):
        assert current_language() == "fr"
        assert in_french()
    with translation.override("en-gb"):
        assert current_language() == "en"
        assert not in_french()


def test_outside_a_request_the_language_is_the_sites_default():
    translation.deactivate_all()
    try:
        assert current_language() == "en"
    finally:
        translation.activate("en")


def test_an_unknown_or_regional_code_gives_a_code_the_site_has():
    assert language_code("fr-CH") == "fr"
    assert language_code("de") == "en"
    assert language_code(None) == "en"
    assert other_language("fr") == "en" and other_language("en") == "fr"


def test_a_french_page_shows_the_french_text_and_falls_back_to_the_english():
    filled = SimpleNamespace(summary_en="Roma inclusion", summary_fr="Inclusion des Roms")
    empty = SimpleNamespace(summary_en="Roma inclusion", summary_fr="")
    with translation.override("fr"):
        assert in_language(filled, "summary") == "Inclusion des Roms"
        assert in_language(empty, "summary") == "Roma inclusion"
    with translation.override("en"):
        assert in_language(filled, "summary") == "Roma inclusion"


def test_a_text_missing_in_the_visitors_language_comes_with_the_language_it_is_in():
    english_only = SimpleNamespace(title_en="School mediators", title_fr="  ")
    nothing = SimpleNamespace(title_en="", title_fr="")
    with translation.override("fr"):
        assert text_and_language(english_only, "title") == ("School mediators", "en")
        assert text_and_language(nothing, "title") == ("", "fr")
