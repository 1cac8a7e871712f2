"""A partner's webmaster copies the counter's snippets from the guide into their own page, in
English and in French, in a wide column and in the narrowest one the guide promises: the frame
shows all of its text, nothing cut off, and the guide passes axe-core on a phone and a desktop."""

import html
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from alliance.conftest import Quiet

pytestmark = pytest.mark.e2e

PARTNER_PAGE = (
    '<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Partner</title></head>'
    '<body><main><h1>Our town</h1><div style="width: {column}px">{snippet}</div></main></body></html>'
)


@pytest.fixture
def partner_site(live_site, settings):
    """The Alliance's site, served where its snippets point (SITE_URL)."""
    from alliance.authorities import demo as authorities_demo
    from alliance.participants import demo as participants_demo

    settings.SITE_URL = live_site
    authorities_demo.load(Quiet())
    participants_demo.load(Quiet())
    return live_site


@pytest.fixture
def partner_tab(browser):
    """A tab on the partner's own site: another origin, served by a small server of its own on this
    machine, with no policy of the Alliance's."""
    pages = {}

    class Partner(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            body = pages["current"].encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    partner = f"http://localhost:{server.server_address[1]}"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()

    def show(body):
        pages["current"] = body
        tab.goto(f"{partner}/our-town/")
        return tab

    yield show
    context.close()
    server.shutdown()
    server.server_close()


def snippets(tab):
    """The frame snippets of the guide, as a webmaster copies them (the text of each <code>)."""
    codes = [html.unescape(text) for text in tab.locator("pre.snippet code").all_inner_texts()]
    return [code for code in codes if code.startswith("<iframe")]


def frame_fits(tab):
    """(content height, frame height, content width, frame width) of the pasted frame."""
    frame = tab.frame_locator("iframe").locator("main")
    frame.wait_for()
    inner = tab.frames[1]
    content = inner.evaluate(
        "[Math.ceil(document.querySelector('main').getBoundingClientRect().bottom),"
        " document.documentElement.scrollWidth]"
    )
    outer = tab.evaluate(
        "[document.querySelector('iframe').clientHeight, document.querySelector('iframe').clientWidth]"
    )
    return content[0], outer[0], content[1], outer[1]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_partner_pastes_each_frame_and_sees_all_its_text(
    page, partner_site, partner_tab, language, screenshot
):
    page.goto(f"{partner_site}/{language}/embed/")
    found = snippets(page)
    assert len(found) == 2 and "?declaration=1" in found[1]
    for snippet in found:
        assert f'src="{partner_site}/{language}/embed/counter/' in snippet
        assert re.search(r'height="(\d+)"', snippet)
        for column in (340, 300):
            tab = partner_tab(PARTNER_PAGE.format(language=language, column=column, snippet=snippet))
            content_height, frame_height, content_width, frame_width = frame_fits(tab)
            assert frame_width == column
            assert content_height <= frame_height, (snippet, column, content_height, frame_height)
            assert content_width <= frame_width, (snippet, column)
    screenshot(tab, f"embed-partner-page-{language}")


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_guide_passes_axe_on_a_phone_and_a_desktop(
    browser, axe_check, partner_site, screenshot, language, width
):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(f"{partner_site}/{language}/embed/")
    axe_check(tab, f"/{language}/embed/ at {width}")
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    screenshot(tab, f"embed-guide-{language}-{width}")
    context.close()
