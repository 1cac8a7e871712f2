"""Figures agree with each other: on every public page of the demo site, a sentence that counts the
Declaration's signatories, the Alliance's participants, or the authorities that signed at a
meeting either gives today's figure from the registry or says when its figure was true (a year),
so that no page contradicts another."""

import html
import re

import pytest
from django.core.management import call_command

from alliance.declaration.counters import signatory_count
from alliance.opendata.tests.walk import START, walk
from alliance.participants.counters import participant_count

pytestmark = pytest.mark.django_db

BLOCK = re.compile(
    r"<(?:p|li|h[1-6]|td|th|dd|dt|div|section|article|figcaption|caption|title|br)\b[^>]*>", re.I
)
TAG = re.compile(r"<[^>]+>")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# "113 signatories from 32 countries", "113 maires et élus de 32 pays", "130 cities and regions from 29 countries"
SIGNATORIES = re.compile(
    r"\b(\d+)\s+(?:signator(?:y|ies)|signataires?|mayors and elected representatives|maires et élus|"
    r"elected representatives|élus)\b[^.]*?\b(?:from|de)\s+(\d+)\s+(?:countries|country|pays)\b",
    re.I,
)
PARTICIPANTS = re.compile(
    r"\b(\d+)\s+(?:cities and regions|villes et régions)\s+(?:from|de)\s+(\d+)\s+(?:countries|pays)\b", re.I
)
SIGNED_AT_ONCE = re.compile(
    r"\b(\d+|sixteen|seize)\s+(?:of them|d'entre elles)\b[^.]*?\b(?:sign|signé)", re.I
)


def sentences(page):
    text = html.unescape(TAG.sub(" ", BLOCK.sub("\n", page)))
    for block in text.split("\n"):
        for sentence in SENTENCE_END.split(" ".join(block.split())):
            if sentence:
                yield sentence


def claims(sentence):
    for match in SIGNATORIES.finditer(sentence):
        yield "signatories", (int(match.group(1)), int(match.group(2)))
    for match in PARTICIPANTS.finditer(sentence):
        yield "participants", (int(match.group(1)), int(match.group(2)))
    for match in SIGNED_AT_ONCE.finditer(sentence):
        yield "signed at a meeting", match.group(1)


@pytest.fixture
def demo_pages(client):
    call_command("load_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)
    pages = walk(client, start=[url for url in START if url.endswith("/")] + ["/en/events/", "/fr/events/"])
    return {url: text for url, (status, kind, text) in pages.items() if status == 200 and "html" in kind}


def test_every_figure_on_every_page_is_todays_or_dated(demo_pages):
    live = {
        "signatories": (signatory_count().signatories, signatory_count().countries),
        "participants": (participant_count().participants, participant_count().countries),
    }
    stated, contradictions = 0, []
    for url, page in demo_pages.items():
        for sentence in sentences(page):
            for kind, figure in claims(sentence):
                stated += 1
                if figure == live.get(kind) or A_YEAR.search(sentence):
                    continue
                contradictions.append((url, kind, figure, sentence))
    assert stated >= 4, "the demo's pages should state figures for this test to mean something"
    assert contradictions == [], "\n".join(map(repr, contradictions))
    # The home page gives the registry's figures (one walk of the demo site serves both checks).
    count = signatory_count()
    for language, words in (("en", "signatories"), ("fr", "signataires")):
        text = " ".join(sentences(demo_pages[f"/{language}/"]))
        assert re.search(rf"\b{count.signatories} {words}\b", text)
        participants = participant_count()
        cities = "cities and regions" if language == "en" else "villes et régions"
        assert re.search(rf"\b{participants.participants} {cities}\b", text)
