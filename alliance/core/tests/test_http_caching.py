"""Cache-Control, validators and privacy of every answer (alliance.core.http_caching).

Sample views on their own addresses show each rule alone; the walk of the whole demo site in the
open-data tests checks that every public address follows them.
"""

import time

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from alliance.core.http_caching import EMBEDDED, LIVE, cache_for, never_shared

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def public_page(request):
    return HttpResponse("<p>130 cities and regions from 29 countries</p>")


def form_page(request):
    return HttpResponse(f'<input type="hidden" name="csrfmiddlewaretoken" value="{get_token(request)}">')


def cookie_page(request):
    response = HttpResponse("<p>Hello</p>")
    response.set_cookie("seen", "1")
    return response


def streamed_export(request):
    return StreamingHttpResponse((f"row {n}\n" for n in range(3)), content_type="text/csv")


@cache_for(EMBEDDED)
def embedded_page(request):
    return HttpResponse("<p>130</p>")


def own_policy(request):
    response = HttpResponse("<p>A year of figures</p>")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def failing_page(request):
    return HttpResponse("broken", status=500)


@never_shared
def switched_form(request):
    """A form while a switch is on, a notice without a form (nothing personal) while it is off."""
    if request.GET.get("switch") == "off":
        return HttpResponse("Paused for now.")
    return HttpResponse(f'<form><input name="csrfmiddlewaretoken" value="{get_token(request)}"></form>')


urlpatterns = [
    path("switched/", switched_form),
    path("public/", public_page),
    path("form/", form_page),
    path("cookie/", cookie_page),
    path("export.csv", streamed_export),
    path("embedded/", embedded_page),
    path("own-policy/", own_policy),
    path("failing/", failing_page),
]


def test_a_public_answer_may_be_kept_by_browsers_and_the_proxy(client):
    response = client.get("/public/")
    assert response["Cache-Control"] == LIVE.header()
    assert "s-maxage=1" in response["Cache-Control"]
    assert "stale-if-error=604800" in response["Cache-Control"]
    assert response.has_header("ETag")
    assert not response.cookies


def test_the_proxy_keeps_a_public_answer_until_the_end_of_the_current_second(client):
    before = int(time.time())
    expiry = int(client.get("/public/")["X-Accel-Expires"].removeprefix("@"))
    assert before <= expiry <= int(time.time())
    assert "X-Accel-Expires" not in client.get("/form/")


def test_it_answers_a_matching_conditional_request_with_304(client):
    etag = client.get("/public/")["ETag"]
    again = client.get("/public/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["Cache-Control"] == LIVE.header()


def test_it_sends_the_whole_answer_when_the_validator_is_old(client):
    response = client.get("/public/", HTTP_IF_NONE_MATCH='"an-old-version"')
    assert response.status_code == 200
    assert b"130 cities" in response.content


def test_a_page_with_a_form_token_is_never_stored(client):
    response = client.get("/form/")
    assert response["Cache-Control"] == "private, no-store"
    assert "Cookie" in response["Vary"]
    assert not response.has_header("ETag")


def test_a_page_with_a_form_token_stays_private_for_a_visitor_who_has_the_cookie(client):
    client.get("/form/")
    assert "csrftoken" in client.cookies
    assert client.get("/form/")["Cache-Control"] == "private, no-store"


def test_a_public_page_stays_public_for_a_visitor_who_has_a_form_cookie(client):
    client.get("/form/")
    response = client.get("/public/")
    assert response["Cache-Control"] == LIVE.header()
    assert not response.cookies


def test_an_answer_that_sets_a_cookie_is_never_stored(client):
    assert client.get("/cookie/")["Cache-Control"] == "private, no-store"


def test_a_signed_in_visitor_gets_private_answers_only(client):
    user = get_user_model().objects.create_user("focal", "focal@example.org", "correct horse battery")
    client.force_login(user)
    response = client.get("/public/")
    assert response["Cache-Control"] == "private, no-store"
    assert "Cookie" in response["Vary"]


def test_a_view_may_choose_a_longer_freshness(client):
    response = client.get("/embedded/")
    assert response["Cache-Control"] == EMBEDDED.header()
    assert "max-age=60" in response["Cache-Control"]


def test_a_view_that_sets_its_own_policy_keeps_it_with_a_validator(client):
    response = client.get("/own-policy/")
    assert response["Cache-Control"] == "public, max-age=3600"
    assert client.get("/own-policy/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_a_304_tells_the_proxy_how_long_to_keep_its_copy_again(client):
    etag = client.get("/public/")["ETag"]
    again = client.get("/public/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["X-Accel-Expires"].startswith("@")


def test_a_streamed_export_gets_a_validator_too(client):
    response = client.get("/export.csv")
    assert response.content == b"row 0\nrow 1\nrow 2\n"
    assert response["Content-Length"] == str(len(response.content))
    assert client.get("/export.csv", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_it_never_stores_server_errors(client):
    assert client.get("/failing/")["Cache-Control"] == "no-store"


def test_it_never_stores_answers_to_a_post(client):
    response = client.post("/public/")
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("ETag")


def test_gathering_a_streamed_export_does_not_end_the_request_early(client):
    # request_finished closes the database connections; sent from inside the middleware, it cut
    # the connection under the rest of the request (seen on PostgreSQL).
    from django.core.signals import request_finished

    finished_while_answering = []

    def on_finished(**kwargs):
        finished_while_answering.append(True)

    request_finished.connect(on_finished)
    try:
        response = client.get("/export.csv")
        during_request = list(finished_while_answering)
    finally:
        request_finished.disconnect(on_finished)
    assert response.status_code == 200 and response["ETag"]
    assert during_request == [True]  # once, when the test client closes the answer


def test_a_page_whose_form_a_switch_hides_is_never_shared_in_either_state(client):
    for query in ("", "?switch=off"):
        response = client.get(f"/switched/{query}")
        assert response["Cache-Control"] == "private, no-store"
        assert not response.has_header("X-Accel-Expires")
        assert not response.has_header("ETag")
