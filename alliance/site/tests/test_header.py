"""The header: a compact menu that opens without script, "Join" in the menu row, the counter once."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db


def _main_nav(html):
    start = html.index('aria-label="Main"') if 'aria-label="Main"' in html else html.index("site-nav")
    return html[start : html.index("</nav>", start)]


def test_the_menu_is_a_details_element_that_opens_without_script(client, site_shell):
    html = client.get("/en/").content.decode()
    assert re.search(r'<details class="site-menu">\s*<summary class="site-menu__toggle">', html)
    menu = html[html.index('<details class="site-menu">') : html.index("</details>")]
    assert '<nav class="site-nav" aria-label="Main">' in menu
    assert "<script" not in menu


def test_the_menu_links_about_and_the_dosta_prize_in_each_language(client, site_shell):
    nav = _main_nav(client.get("/en/").content.decode())
    assert '<a href="/en/about/">About</a>' in nav
    assert '<a href="/en/dosta-prize/">Dosta! prize</a>' in nav
    nav = unescape(_main_nav(client.get("/fr/").content.decode()))
    assert '<a href="/fr/a-propos/">À propos</a>' in nav
    assert '<a href="/fr/dosta-prize/">Prix Dosta!</a>' in nav


def test_the_menu_marks_the_current_section(client, site_shell):
    nav = _main_nav(client.get("/en/about/").content.decode())
    assert '<a href="/en/about/" aria-current="page">About</a>' in nav


def test_join_sits_in_the_menu_bar(client, site_shell):
    html = client.get("/en/").content.decode()
    bar = html[html.index('<div class="menu-bar">') : html.index('<main id="main"')]
    assert re.search(
        r'<a class="button button--cta menu-bar__join" href="/en/join/">Join the Alliance</a>', bar
    )


def test_the_home_page_states_the_count_once(client, site_shell):
    html = client.get("/en/").content.decode()
    assert html.count("</strong> cities and regions") == 1
    assert 'class="counter-strip"' not in html
    assert 'class="hero__counter"' in html


def test_other_pages_state_the_count_in_the_header(client, site_shell):
    html = client.get("/en/about/").content.decode()
    assert 'class="counter-strip"' in html
    assert 'class="hero__counter"' not in html
