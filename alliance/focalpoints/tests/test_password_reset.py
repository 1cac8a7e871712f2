import re

from alliance.core.models import OutboundEmail

NEW_PASSWORD = "a fresh and unusual pass phrase 12"


def reset_path():
    email = OutboundEmail.objects.get()
    return re.search(r"/en/focal-point/password/\S+/\S+/", email.body_text).group(0)


def test_a_focal_point_gets_a_single_use_link(client, focal_point):
    response = client.post("/en/focal-point/password/", {"email": "FOCAL@heraklion.example.gr"})
    assert response.status_code == 302
    assert response["Location"] == "/en/focal-point/password/sent/"
    path = reset_path()
    response = client.get(path)
    assert response.status_code == 302  # Django swaps the token for a session marker first
    form_path = response["Location"]
    response = client.post(form_path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    focal_point.user.refresh_from_db()
    assert focal_point.user.check_password(NEW_PASSWORD)
    client.get(path)
    response = client.get(path, follow=True)
    assert "has expired or has already been used" in response.text


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, focal_point, moderator):
    for address in ("nobody@example.org", moderator.email):
        response = client.post("/en/focal-point/password/", {"email": address})
        assert response.status_code == 302
        assert response["Location"] == "/en/focal-point/password/sent/"
    assert not OutboundEmail.objects.exists()


def test_weak_new_passwords_are_refused(client, focal_point):
    client.post("/en/focal-point/password/", {"email": focal_point.email})
    form_path = client.get(reset_path())["Location"]
    response = client.post(form_path, {"new_password1": "123456789012", "new_password2": "123456789012"})
    assert response.status_code == 200
    assert 'class="errorlist"' in response.text


def test_asking_is_rate_limited(client, focal_point, settings):
    settings.RATE_LIMITS = {"password-reset": {"ip": "10/hour", "email": "2/hour"}}
    statuses = [
        client.post("/en/focal-point/password/", {"email": focal_point.email}).status_code for _ in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert OutboundEmail.objects.count() == 2
