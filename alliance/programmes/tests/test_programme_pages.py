import pytest
import time_machine


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel("2024-05-01 12:00:00+00:00", tick=False):
        yield


def test_the_index_lists_romact_and_romed(client, romact):
    response = client.get("/en/programmes/")
    assert response.status_code == 200
    assert b'href="/en/programmes/romact/"' in response.content
    assert b'href="/en/programmes/romed/"' in response.content


def test_the_snapshot_of_september_2018_shows_the_reported_totals(client, romact):
    response = client.get("/en/programmes/romact/", {"as_of": "2018-09-30"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html and "59 reported" in html and "30 reported" in html
    assert '<th scope="row">Romania</th>' in html
    assert "Reported total: 131 municipalities" in html


def test_the_page_names_each_municipality_with_its_steps_and_dates(client, romact):
    html = client.get("/en/programmes/romact/").content.decode()
    assert "Sighișoara" in html
    assert "Projects funded: by September 2018" in html
    assert "Commitment of the mayor: 5 November 2013" in html
    assert "The process stopped in March 2017." in html


def test_the_page_is_in_french(client, romact):
    html = client.get("/fr/programmes/romact/", {"as_of": "2018-09-30"}).content.decode()
    assert "Roumanie" in html
    assert "Engagement du maire" in html
    assert "Télécharger en PDF" in html


def test_before_the_start_the_page_says_so(client, romact):
    response = client.get("/en/programmes/romact/", {"as_of": "2012-01-01"})
    assert response.status_code == 200
    assert b"The programme had not started on that day." in response.content


@pytest.mark.parametrize("value", ["yesterday", "2018-02-31", "1066-10-14", "2999-01-01", "x" * 500])
def test_a_date_that_cannot_be_read_gets_a_message(client, romact, value):
    response = client.get("/en/programmes/romact/", {"as_of": value})
    assert response.status_code == 400
    assert b'id="as_of-error"' in response.content


def test_an_unknown_programme_is_not_found(client, romact):
    assert client.get("/en/programmes/nothing/").status_code == 404


def test_the_png_download_is_a_png(client, romact):
    response = client.get("/en/programmes/romact/infographic.png", {"as_of": "2018-09-30"})
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert 'filename="romact-2018-09-30.png"' in response["Content-Disposition"]


def test_the_pdf_download_is_a_pdf(client, romact):
    response = client.get("/fr/programmes/romact/infographic.pdf", {"as_of": "2018-09-30"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert b"%%EOF" in response.content[-32:]


def test_a_download_with_a_bad_date_is_refused(client, romact):
    assert client.get("/en/programmes/romact/infographic.png", {"as_of": "soon"}).status_code == 400


def test_romed_has_no_step_by_step_process(client, romact):
    html = client.get("/en/programmes/romed/").content.decode()
    assert "Named municipalities by step reached" not in html
    assert "Funded projects" not in html
    assert "No municipality of this programme is named in our records yet." in html
