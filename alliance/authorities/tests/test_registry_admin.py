from wagtail.models import ModelLogEntry

from alliance.authorities.countries import ensure_countries
from alliance.authorities.models import Authority, Country


def test_an_administrator_lists_filters_and_searches_authorities(client, administrator):
    ensure_countries()
    Authority.objects.create(name="Korçë", country=Country.objects.get(code="AL"))
    Authority.objects.create(name="Lyon", country=Country.objects.get(code="FR"))
    client.force_login(administrator)
    response = client.get("/admin/authorities/")
    assert response.status_code == 200
    assert "Korçë" in response.content.decode() and "Lyon" in response.content.decode()
    html = client.get("/admin/authorities/", {"q": "korce"}).content.decode()
    assert "Korçë" in html and "Lyon" not in html
    country = Country.objects.get(code="FR").pk
    html = client.get("/admin/authorities/", {"country": country}).content.decode()
    assert "Lyon" in html and "Korçë" not in html


def test_creating_and_editing_an_authority_goes_to_its_history(client, administrator):
    ensure_countries()
    client.force_login(administrator)
    albania = Country.objects.get(code="AL").pk
    data = {
        "name": "Korçë",
        "local_name": "",
        "slug": "",
        "country": albania,
        "level": "local",
        "kind": "municipality",
        "subdivision_code": "",
        "population": "",
        "latitude": "",
        "longitude": "",
        "website": "",
    }
    response = client.post("/admin/authorities/new/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    authority = Authority.objects.get(name="Korçë")
    assert authority.slug == "korce"
    response = client.post(
        f"/admin/authorities/edit/{authority.pk}/", {**data, "slug": "korce", "population": "75994"}
    )
    assert response.status_code == 302
    actions = list(
        ModelLogEntry.objects.for_instance(authority).order_by("timestamp").values_list("action", flat=True)
    )
    assert actions == ["wagtail.create", "wagtail.edit"]
    history = client.get(f"/admin/authorities/history/{authority.pk}/")
    assert history.status_code == 200


def test_the_registry_is_closed_to_someone_without_a_role(client, outsider, editor):
    client.force_login(outsider)
    assert client.get("/admin/authorities/").status_code == 302  # sent to the login page
    client.force_login(editor)
    assert client.get("/admin/authorities/").status_code in (302, 403)
    assert client.get("/admin/countries/").status_code in (302, 403)


def test_the_authority_chooser_searches_without_accents(client, administrator):
    ensure_countries()
    Authority.objects.create(name="Şişli", country=Country.objects.get(code="TR"))
    Authority.objects.create(name="Lyon", country=Country.objects.get(code="FR"))
    client.force_login(administrator)
    response = client.get("/admin/authority_chooser/results/", {"q": "sisli"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Şişli" in html and "Lyon" not in html
