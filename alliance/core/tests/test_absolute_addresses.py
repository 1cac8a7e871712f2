"""Addresses that leave the site (in emails) are built in one place, from SITE_URL."""

from alliance.core.links import absolute_reverse, absolute_url


def test_a_path_becomes_an_address_on_the_public_site(settings):
    settings.SITE_URL = "https://roma-alliance.example.org"
    assert absolute_url("/en/participants/") == "https://roma-alliance.example.org/en/participants/"


def test_a_site_url_written_with_a_final_slash_gives_no_double_slash(settings):
    settings.SITE_URL = "https://roma-alliance.example.org/"
    assert absolute_url("/fr/") == "https://roma-alliance.example.org/fr/"


def test_a_named_address_comes_in_the_language_asked_for(settings):
    settings.SITE_URL = "https://roma-alliance.example.org"
    assert absolute_reverse("declaration:signatories", language="fr").startswith(
        "https://roma-alliance.example.org/fr/"
    )
    assert absolute_reverse("declaration:signatories", language="en").startswith(
        "https://roma-alliance.example.org/en/"
    )
