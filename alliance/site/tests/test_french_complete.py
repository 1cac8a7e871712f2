"""Every French page the demo site links to is in French: no English left in its visible text.

The walk starts at /fr/ and follows every link under /fr/. Each page's visible text (and the
text people hear: image descriptions, landmark names) is searched for words that only English
uses. Proper names are left out first: the registry's authorities, speakers, and the few names
the Alliance never translates.
"""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command

from alliance.authorities.models import Authority

pytestmark = pytest.mark.django_db

# Words and phrases that French text never uses, whole words, case kept.
ENGLISH = re.compile(
    r"\b(the|The|and|of|with|from|which|this|these|your|Your|yes|Yes|for|to|is|are|has|have|been|will"
    r"|not|no longer|Read more|Published"
    r"|Search|Municipalit(?:y|ies)|municipalities|Council of Europe|Congress of Local"
    r"|Organiser|Reported total|participants? found|Download|Telephone|Secretariat|Join the"
    r"|Good practices|Adopted texts|Events|News|Country|Countries|Step|steps)\b"
)
# French puts a space (a no-break one) before these marks; a letter right before one is wrong.
# Times (14:30), addresses (https://) and a mark after a mark ("?!") are not sentences.
ADDRESS = re.compile(r"https?://\S+")
UNSPACED = re.compile(r"(?<![\d/:])[^\W\d_][:;?!](?![/\d])")
# Names the Alliance keeps as they are in every language.
PROPER_NAMES = ["ROMACT", "ROMED", "CAHROM", "Dosta!", "Facebook", "RSS", "Atom", "English"]
# Code (field names, commands) is the same in every language.
SKIPPED_ELEMENTS = {"script", "style", "template", "code", "kbd", "samp"}
VOID_ELEMENTS = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
HREF = re.compile(r"""href=["'](/fr/[^"'#]*)["']""")
MAX_PAGES = 400
MAX_QUERIES_PER_PATH = 2


class VisibleText(HTMLParser):
    """The text a French reader sees or hears; elements marked in another language are left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], [False]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        hidden = (
            self.hidden[-1]
            or tag in SKIPPED_ELEMENTS
            or not (attributes.get("lang") or "fr").startswith("fr")
        )
        if tag not in VOID_ELEMENTS:
            self.hidden.append(hidden)
        if not hidden:
            self.parts += [attributes.get(name) or "" for name in ("alt", "aria-label", "placeholder")]

    def handle_endtag(self, tag):
        if tag not in VOID_ELEMENTS and len(self.hidden) > 1:
            self.hidden.pop()

    def handle_data(self, data):
        if not self.hidden[-1]:
            self.parts.append(data)

    @classmethod
    def of(cls, html):
        parser = cls()
        parser.feed(html)
        parser.close()
        # Runs of ordinary white space made one; a no-break space is kept, it matters to French.
        return re.sub(r"[ \t\r\n\f\v]+", " ", " ".join(parser.parts)).strip()


def french_pages(client):
    """{url: html} of every French page reachable from /fr/ through links under /fr/."""
    pages, seen, queries = {}, set(), {}
    queue = deque(["/fr/"])
    while queue and len(pages) < MAX_PAGES:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        pages[url] = response.content.decode()
        for link in HREF.findall(pages[url]):
            link = urldefrag(link.replace("&amp;", "&"))[0]
            path = urlsplit(link).path
            if urlsplit(link).query:
                if queries.get(path, 0) >= MAX_QUERIES_PER_PATH:
                    continue
                queries[path] = queries.get(path, 0) + 1
            queue.append(link)
    return pages


@pytest.fixture
def demo_site():
    call_command("load_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)


def english_left(text, names):
    for name in names:
        text = text.replace(name, " ")
    return sorted({match.group() for match in ENGLISH.finditer(text)})


def test_no_english_is_left_on_any_french_page(client, demo_site):
    names = sorted({*Authority.objects.values_list("name", flat=True), *PROPER_NAMES}, key=len, reverse=True)
    pages = french_pages(client)
    assert len(pages) > 40, "the walk should reach every section of the French site"
    for section in ("/fr/news/", "/fr/events/", "/fr/programmes/romact/", "/fr/participants/"):
        assert section in pages
    assert any(url.startswith("/fr/events/") and url != "/fr/events/" for url in pages)
    found = {
        url: words for url, html in pages.items() if (words := english_left(VisibleText.of(html), names))
    }
    assert found == {}


def test_the_marker_list_catches_english():
    text = VisibleText.of('<p>Organiser : CAHROM, Council of Europe</p><p lang="en">English</p>')
    assert english_left(text, PROPER_NAMES) == ["Council of Europe", "Organiser"]


def test_french_pages_put_a_space_before_colons_and_question_marks(client, demo_site):
    pages = french_pages(client)
    names = sorted({*Authority.objects.values_list("name", flat=True), *PROPER_NAMES}, key=len, reverse=True)
    found = {}
    for url, html in pages.items():
        # An address written out (a citation's file link) is not prose: "export.csv?on=..." stays.
        text = ADDRESS.sub(" ", VisibleText.of(html))
        for name in names:
            text = text.replace(name, " ")
        if marks := sorted({text[max(0, m.start() - 20) : m.end()] for m in UNSPACED.finditer(text)}):
            found[url] = marks
    assert found == {}
