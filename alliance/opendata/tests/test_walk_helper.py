"""The walk behind the site-wide rules: what it follows, what it leaves, and where it stops."""

from types import SimpleNamespace

from .walk import MAX_QUERIES_PER_PATH, walk

SITE = {
    "/en/": '<a href="/en/participants/">Participants</a> <a href="/admin/">Back office</a>'
    '<a href="https://coe.int/">Congress</a> <a href="#main">Skip</a> <a href="/static/site.css">css</a>',
    "/en/participants/": "".join(f'<a href="/en/participants/?page={n}">{n}</a>' for n in range(1, 9))
    + '<a href="/en/participants/export.csv">CSV</a> <a href="/en/participants/korce/#map">Korçë</a>',
    "/en/participants/korce/": '<a href="/en/participants/">back</a>',
}


class FakeClient:
    def __init__(self):
        self.asked = []

    def get(self, url, follow=True):
        self.asked.append(url)
        path = url.split("?")[0]
        if path.endswith(".csv"):
            return FakeResponse(200, "text/csv", "name\nKorçë\n")
        if path in SITE:
            return FakeResponse(200, "text/html; charset=utf-8", SITE[path])
        return FakeResponse(404, "text/html", "not found")


class FakeResponse(SimpleNamespace):
    def __init__(self, status, content_type, text):
        super().__init__(status_code=status, streaming=False, content=text.encode())
        self.headers = {"Content-Type": content_type}

    def get(self, name, default=None):
        return self.headers.get(name, default)


def test_it_follows_the_sites_own_links_once_each_and_keeps_every_body():
    client = FakeClient()
    pages = walk(client, start=["/en/"])
    assert pages["/en/participants/korce/"][0] == 200
    assert pages["/en/participants/export.csv"] == (200, "text/csv", "name\nKorçë\n")
    assert client.asked.count("/en/participants/") == 1


def test_it_leaves_the_back_office_static_files_and_other_sites():
    pages = walk(FakeClient(), start=["/en/"])
    assert not any(url.startswith(("/admin/", "/static/", "https://")) for url in pages)


def test_it_tries_only_a_few_queries_of_each_address():
    pages = walk(FakeClient(), start=["/en/"])
    assert sum(1 for url in pages if url.startswith("/en/participants/?")) == MAX_QUERIES_PER_PATH


def test_it_stops_at_the_limit():
    assert len(walk(FakeClient(), start=["/en/"], limit=2)) == 2
