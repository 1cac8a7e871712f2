"""The counter in a real browser: the guide and the frame pass axe-core, another site can frame the
counter page (and only it), and the badge shows as a plain image."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


@pytest.fixture
def registry_site(live_site, registry):
    return live_site


@pytest.fixture
def partner_site():
    """partner_site(body) -> the address of a page of another site (another origin: another port on
    this machine) whose body is `body`."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def publish(body):
        pages["/"] = body
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield publish
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guide_is_accessible_and_fits_a_phone(browser, registry_site, axe_check, screenshot, language):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{registry_site}/{language}/embed/")
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390, "the guide scrolls sideways"
    counter = tab.frame_locator("iframe.embed-guide__preview").locator(".counter__figure")
    assert "130" in counter.inner_text()
    assert tab.locator("img[src$='counter.svg']").evaluate("image => image.naturalWidth") > 200
    axe_check(tab, f"embed guide ({language})")
    screenshot(tab, f"embed-guide-{language}-phone")
    context.close()


def test_the_counter_page_is_accessible(page, registry_site, axe_check):
    page.goto(f"{registry_site}/fr/embed/counter/?declaration=1")
    assert "villes et régions" in page.locator(".counter__figure").inner_text()
    axe_check(page, "counter frame (fr)")


def test_another_site_can_frame_the_counter_but_not_the_rest(browser, registry_site, partner_site):
    context = browser.new_context()
    tab = context.new_page()
    partner = partner_site(
        "<!DOCTYPE html><title>Partner</title>"
        f'<iframe id="counter" title="Counter" src="{registry_site}/en/embed/counter/"></iframe>'
        f'<iframe id="home" title="Home" src="{registry_site}/en/"></iframe>'
        f'<img alt="Counter" src="{registry_site}/en/embed/counter.svg">'
    )
    tab.goto(partner)
    assert "cities and regions" in tab.frame_locator("#counter").locator(".counter__figure").inner_text()
    tab.wait_for_load_state("load")
    expect(tab.frame_locator("#home").locator(".site-header")).to_have_count(0)
    # The browser refused to show the home page in the frame and shows its own error page instead.
    assert tab.locator("#home").element_handle().content_frame().url.startswith("chrome-error://")
    assert tab.locator("img").evaluate("image => image.complete && image.naturalWidth > 200")
    context.close()
