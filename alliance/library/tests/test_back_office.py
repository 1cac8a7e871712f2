"""Who may reach the adopted text screens of the back office: editors and administrators."""

import datetime

import pytest

from alliance.library.models import AdoptedText


@pytest.fixture
def text(db):
    return AdoptedText.objects.create(
        text_type="declaration",
        adopted_on=datetime.date(2017, 3, 29),
        title_en="Declaration",
        title_fr="Déclaration",
    )


def urls(text):
    return [
        "/admin/library/adoptedtext/",
        "/admin/library/adoptedtext/new/",
        f"/admin/library/adoptedtext/edit/{text.pk}/",
        f"/admin/library/adoptedtext/history/{text.pk}/",
    ]


def test_anonymous_visitors_are_sent_to_the_login(client, text):
    for url in urls(text):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["moderator", "outsider"])
def test_moderators_and_outsiders_are_refused(client, text, persona, request):
    client.force_login(request.getfixturevalue(persona))
    for url in urls(text):
        assert client.get(url).status_code in (302, 403), url
    client.post(f"/admin/library/adoptedtext/delete/{text.pk}/")
    assert AdoptedText.objects.filter(pk=text.pk).exists()


@pytest.mark.parametrize("persona", ["editor", "administrator"])
def test_editors_and_administrators_keep_the_texts(client, text, persona, request):
    client.force_login(request.getfixturevalue(persona))
    for url in urls(text):
        assert client.get(url).status_code == 200, url
