"""The map in a real browser: accessible to axe-core, links reachable by keyboard."""

import pytest

from alliance.authorities.geography import render_map

PLACES = [
    {"latitude": 48.58, "longitude": 7.75, "label": "Strasbourg", "url": "/en/participants/strasbourg/"},
    {"latitude": 42.66, "longitude": 21.16, "label": "Pristina", "url": "/en/participants/pristina/"},
]


def page_with(svg):
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map</title></head>'
        f'<body><main><h1>Map</h1><div style="width: 600px">{svg}</div></main></body></html>'
    )


@pytest.mark.e2e
def test_maps_pass_axe_and_links_take_the_keyboard(page, axe_check):
    europe = render_map(PLACES, {"FR": 0, "DE": 12}, title="Participants", legend_title="Participants")
    locator = render_map(PLACES[:1], focus=(48.58, 7.75), width=400, title="Where Strasbourg is")
    page.set_content(page_with(europe + locator))
    axe_check(page, "maps")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "/en/participants/strasbourg/"
    box = page.locator("svg.alliance-map").first.bounding_box()
    assert box["width"] == pytest.approx(600, abs=1)  # scales to its container
