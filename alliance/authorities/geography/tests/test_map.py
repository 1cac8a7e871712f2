"""The SVG map of Europe: well-formed, accessible, shaded, with places where they belong."""

import pytest
from defusedxml import ElementTree as ET

from alliance.authorities.countries import COE_MEMBER_STATES
from alliance.authorities.geography import layers, project, render_map, shading_legend
from alliance.authorities.geography.maps import OTHER_LAND, SCALE

SVG = "{http://www.w3.org/2000/svg}"
STRASBOURG = {
    "latitude": 48.58,
    "longitude": 7.75,
    "label": "Strasbourg",
    "url": "/en/participants/strasbourg/",
}


def parse(svg):
    return ET.fromstring(str(svg))


def country_paths(root):
    return {path.get("data-code"): path for path in root.iter(f"{SVG}path")}


def path_points(data):
    """The absolute points of path data written as M x y l dx dy dx dy ... z."""
    points = []
    for chunk in data.split("M")[1:]:
        start, _, moves = chunk.rstrip("z").partition("l")
        x, y = (float(value) for value in start.split())
        points.append((x, y))
        numbers = [float(value) for value in moves.split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
    return points


def test_it_is_well_formed_svg_with_a_viewbox_and_a_title():
    root = parse(render_map([], title="Participants", description="Where the participants are"))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox").startswith("0 0 800 ")
    assert root.get("width") == "100%"
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "Participants" and root.get("aria-labelledby") == title.get("id")
    assert desc.text == "Where the participants are" and root.get("aria-describedby") == desc.get("id")


def test_every_member_state_is_drawn():
    paths = country_paths(parse(render_map([])))
    for code in COE_MEMBER_STATES:
        assert code in paths, code
        assert len(path_points(paths[code].get("d"))) >= 3, code


def test_strasbourg_lands_in_france():
    paths = country_paths(parse(render_map([STRASBOURG])))
    xs, ys = zip(*path_points(paths["FR"].get("d")), strict=True)
    x, y = project(48.58, 7.75)
    assert min(xs) < x < max(xs) and min(ys) < y < max(ys)
    xs, ys = zip(*path_points(paths["ES"].get("d")), strict=True)
    assert not (min(xs) < x < max(xs) and min(ys) < y < max(ys))


def test_each_place_is_a_named_link():
    root = parse(render_map([STRASBOURG, {**STRASBOURG, "label": "Cafés & <bars>", "url": "/en/x/?a=1&b=2"}]))
    links = list(root.iter(f"{SVG}a"))
    assert [link.get("href") for link in links] == ["/en/participants/strasbourg/", "/en/x/?a=1&b=2"]
    assert [link.find(f"{SVG}title").text for link in links] == ["Strasbourg", "Cafés & <bars>"]
    assert links[1].get("aria-label") == "Cafés & <bars>"
    # Links inside an role="img" would be hidden from screen readers.
    assert root.get("role") == "group"


def test_places_without_coordinates_or_outside_europe_are_left_out():
    class Place:
        latitude, longitude, label, url = None, None, "Nowhere", "/nowhere/"

    far = {"latitude": -33.9, "longitude": 151.2, "label": "Sydney", "url": "/sydney/"}
    root = parse(render_map([Place(), far, STRASBOURG]))
    assert [link.get("href") for link in root.iter(f"{SVG}a")] == ["/en/participants/strasbourg/"]


def test_shading_tells_zero_from_many():
    root = parse(render_map([], {"FR": 0, "DE": 25, "IT": 3}, legend_title="Participants"))
    paths = country_paths(root)
    assert paths["FR"].get("fill") == SCALE[0]
    assert paths["DE"].get("fill") == SCALE[-1]
    assert paths["IT"].get("fill") not in (SCALE[0], SCALE[-1])
    assert paths["RU"].get("fill") == OTHER_LAND
    legend = root.find(f".//{SVG}g[@class='map-legend']")
    assert [text.text for text in legend.iter(f"{SVG}text")] == [
        "Participants",
        "0",
        "1–7",
        "8–14",
        "15–21",
        "22–25",
    ]


def test_small_states_get_a_visible_marker():
    root = parse(render_map([], {"MC": 4, "SM": 0}))
    markers = {circle.get("data-code"): circle for circle in root.iter(f"{SVG}circle")}
    assert {"MC", "SM", "LI", "AD"} <= set(markers)
    assert markers["MC"].get("fill") != markers["SM"].get("fill")


def test_legend_classes():
    assert shading_legend({}) == []
    assert [entry["label"] for entry in shading_legend({"FR": 0, "DE": 3})] == ["0", "1", "2", "3"]
    assert [entry["label"] for entry in shading_legend({"FR": 0.5})][-1] == "0.4–0.5"


def test_locator_map_centres_on_the_place_and_highlights_its_country():
    root = parse(render_map([STRASBOURG], focus=(48.58, 7.75), width=400, title="Strasbourg"))
    _, _, width, height = (float(value) for value in root.get("viewBox").split())
    x, y = project(48.58, 7.75, width=400, focus=(48.58, 7.75))
    assert (x, y) == pytest.approx((width / 2, height / 2))
    paths = country_paths(root)
    assert paths["FR"].get("fill") != paths["DE"].get("fill")
    assert "ES" not in paths  # too far away to be in the frame
    assert "Germany" in [text.text for text in root.iter(f"{SVG}text")]


def test_the_map_stays_small():
    assert len(render_map([])) < 200_000


def test_shapes_are_computed_once_per_process():
    layers.clear_caches()
    render_map([STRASBOURG], {"FR": 1})
    render_map([], {"FR": 2}, title="Again")
    assert layers.projected_countries.cache_info().misses == 1
    assert layers.europe_shapes.cache_info().misses == 1
    assert layers.europe_shapes.cache_info().hits >= 1
    render_map([], focus=(48.58, 7.75), width=300)
    render_map([], focus=(48.58, 7.75), width=300)
    assert layers.focus_shapes.cache_info().misses == 1
    assert layers.projected_countries.cache_info().misses == 1


def test_an_untitled_map_without_links_is_left_to_the_page_text():
    root = parse(render_map([], {"FR": 1}))
    assert root.get("aria-hidden") == "true"
    assert root.get("role") is None and root.find(f"{SVG}title") is None


def test_places_may_spell_coordinates_lat_and_lon():
    root = parse(render_map([{"lat": 48.58, "lon": 7.75, "label": "Strasbourg", "url": "/s/"}]))
    assert [link.get("href") for link in root.iter(f"{SVG}a")] == ["/s/"]


def test_locator_map_of_a_country_frames_its_mainland():
    root = parse(render_map([{**STRASBOURG, "url": None}], focus="fr", width=320))
    _, _, width, height = (float(value) for value in root.get("viewBox").split())
    x, y = project(48.58, 7.75, width=320, focus="FR")
    assert 0 < x < width and 0 < y < height
    paths = country_paths(root)
    xs, ys = zip(*path_points(paths["FR"].get("d")), strict=True)
    assert max(xs) - min(xs) > width / 2  # France fills the map
    assert not list(root.iter(f"{SVG}a"))  # a place without url is a plain dot
    norway = parse(render_map([], focus="NO", width=320))
    assert float(norway.get("viewBox").split()[3]) < 320 * 1.4  # Svalbard left out of the frame


@pytest.mark.parametrize("focus", [(None, None), ("", ""), ("north", "east"), (91, 0), "ZZ", ""])
def test_a_focus_it_cannot_use_falls_back_to_europe(focus):
    root = parse(render_map([], focus=focus))
    assert root.get("viewBox") == parse(render_map([])).get("viewBox")


def test_member_states_missing_from_the_figures_count_as_zero():
    paths = country_paths(parse(render_map([], {"FR": 3})))
    assert paths["ES"].get("fill") == SCALE[0]
    assert paths["BY"].get("fill") == OTHER_LAND


def test_country_names_follow_the_language(settings):
    from django.utils import translation

    with translation.override("fr"):
        root = parse(render_map([], {"DE": 2}, focus="DE", width=320))
    assert "Allemagne" in [text.text for text in root.iter(f"{SVG}text")]
    assert country_paths(root)["DE"].find(f"{SVG}title").text == "Allemagne\u00a0: 2"
