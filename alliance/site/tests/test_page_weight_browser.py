"""Every public page finishes on a slow phone: with everything it loads (styles, fonts, images,
scripts), a page weighs under 300 kB, measured by Chromium with its cache off; and fonts, styles
and the manifest come with their own types, never as application/octet-stream."""

import pytest
from django.core.management import call_command
from django.test import Client

from alliance.opendata.tests.walk import walk

pytestmark = pytest.mark.e2e

BUDGET = 300_000  # bytes on the wire, headers included
# The API's interactive documentation (django-ninja's Swagger UI, 1.7 MB of script) is a tool for
# developers who read it on a desktop, not a page of the site: it is left out of the budget.
DEVELOPER_TOOLS = {"/api/v1/docs"}


@pytest.fixture
def demo_site(live_site):
    call_command("load_demo", verbosity=0)
    return live_site


def _public_html_pages():
    pages = walk(Client(HTTP_HOST="127.0.0.1"))
    return sorted(
        url
        for url, (status, kind, _) in pages.items()
        if status == 200 and "html" in kind and url not in DEVELOPER_TOOLS
    )


# What the page and everything it loaded weighed on the wire (the browser's resource timing, read
# once the page has loaded: headers too, and every file, whatever started it; a file the browser
# kept in memory from the page before counts its full size).
WEIGHT = """() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries.map(entry => [entry.name, Math.max(entry.transferSize, entry.encodedBodySize)]);
}"""


def test_every_public_page_weighs_under_300_kb_with_all_it_loads(browser, demo_site):
    urls = _public_html_pages()
    assert len(urls) > 80 and "/en/programmes/romact/" in urls and "/fr/participants/map/" in urls
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    context.new_cdp_session(tab).send("Network.setCacheDisabled", {"cacheDisabled": True})
    untyped = []
    tab.on(
        "response",
        lambda response: (
            response.headers.get("content-type", "").startswith("application/octet-stream")
            and untyped.append(response.url)
        ),
    )
    too_heavy = {}
    for url in urls:
        tab.goto(f"{demo_site}{url}", wait_until="load")
        loaded = tab.evaluate(WEIGHT)
        assert loaded[0][1] > 0, "the cache is off: the page itself was fetched"
        total = sum(size for _address, size in loaded)
        if total >= BUDGET:
            heaviest = sorted(loaded, key=lambda item: -item[1])[:3]
            too_heavy[url] = (total, [(address.removeprefix(demo_site), size) for address, size in heaviest])
    context.close()
    assert too_heavy == {}, f"pages of {BUDGET} bytes or more with all they load: {too_heavy}"
    assert untyped == []


def test_the_programme_pages_load_small_web_fonts(browser, demo_site):
    context = browser.new_context()
    tab = context.new_page()
    types = {}
    tab.on("response", lambda response: types.__setitem__(response.url, response.headers.get("content-type")))
    loaded = []
    for url in ("/en/programmes/romact/", "/fr/programmes/romed/"):
        tab.goto(f"{demo_site}{url}", wait_until="load")
        tab.evaluate("document.fonts.ready.then(() => true)")
        loaded += tab.evaluate(
            "performance.getEntriesByType('resource').filter(e => e.name.includes('/fonts/'))"
            ".map(e => [e.name, e.encodedBodySize])"
        )
    context.close()
    assert loaded, "the infographic's font is loaded"
    for address, size in loaded:
        assert address.endswith(".woff2") and types[address] == "font/woff2" and size < 30_000, address
