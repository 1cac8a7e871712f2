"""Every public address of the demo site may be cached, and only those: a walk of the whole site.

Each answer to an anonymous GET is either public with a validator (ETag or Last-Modified) and a
shared-cache lifetime, or private and never stored because it holds a form token. No public answer
sets a cookie.
"""

import pytest
from django.core.management import call_command
from django.test import Client

from .walk import START, walk

pytestmark = pytest.mark.django_db

EXTRA = [
    "/en/participants/map/",
    "/en/embed/",
    "/en/embed/counter/",
    "/en/embed/counter/?declaration=1",
    "/fr/embed/counter.svg",
    "/en/declaration/signatories/map.svg",
    "/en/contact/",
    "/en/declaration/sign/",
    "/en/action-plans/",
    "/fr/action-plans/?on=2020-06-30&area=housing",
]


class RecordingClient(Client):
    """A test client that keeps every answer it received, by address."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.answers = {}

    def request(self, **request):
        response = super().request(**request)
        self.answers[response.wsgi_request.get_full_path()] = response
        return response


@pytest.fixture
def answers():
    call_command("load_demo", verbosity=0)
    call_command("compile_translations", verbosity=0)
    client = RecordingClient()
    walk(client, start=[*START, *EXTRA])
    return client.answers


def test_every_public_address_may_be_cached_and_only_form_pages_are_private(answers):
    # One walk of the whole site (it takes a while), several rules checked on what it found.
    public = {url: response for url, response in answers.items() if response.status_code == 200}
    assert len(public) > 40
    wrong = {}
    private = set()
    for url, response in public.items():
        policy = response.get("Cache-Control", "")
        if policy == "private, no-store":
            private.add(url)
        elif not (response.has_header("ETag") or response.has_header("Last-Modified")):
            wrong[url] = "no validator"
        elif "public" not in policy or "s-maxage=" not in policy or "stale-if-error=" not in policy:
            wrong[url] = policy
        elif response.cookies:
            wrong[url] = f"sets cookies: {sorted(response.cookies)}"
    assert wrong == {}
    # Private: the pages with a form token, and nothing else.
    assert {"/en/contact/", "/en/declaration/sign/"} <= private
    assert {url for url in private if b"csrfmiddlewaretoken" not in public[url].content} == set()

    client = Client()
    for url in [
        "/en/",
        "/en/participants/",
        "/en/news/feed/rss/",
        "/api/v1/counters",
        "/en/embed/counter.svg",
    ]:
        etag = client.get(url)["ETag"]
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304, url


def test_the_api_answers_the_same_whatever_the_browsers_language(client):
    english = client.get("/api/v1/counters", HTTP_ACCEPT_LANGUAGE="en")
    french = client.get("/api/v1/counters", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert english["Content-Language"] == french["Content-Language"] == "en"
    assert english["ETag"] == french["ETag"]
    assert "Accept-Language" not in french.get("Vary", "")
