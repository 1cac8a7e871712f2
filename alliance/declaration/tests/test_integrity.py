import datetime

from django.utils import timezone
from wagtail.models import ModelLogEntry

from alliance.declaration import counters
from alliance.declaration.models import Signature, Status


def _burst(countries, n, network="192.0.2", domain="spam.example.net", status=Status.CONFIRMED):
    for i in range(n):
        Signature.objects.create(
            signer_name=f"Bot {network} {i}",
            office="Mayor",
            authority_name=f"Town {network} {i}",
            country=countries["FR"],
            email=f"bot{i}@{domain}",
            ip_address=f"{network}.{i + 1}",
            ip_network=f"{network}.0/24",
            status=status,
        )


def test_the_burst_report_shows_networks_and_domains(client, countries, moderator):
    _burst(countries, 6)
    client.force_login(moderator)
    response = client.get("/admin/declaration/bursts/?hours=24&threshold=5")
    content = response.content.decode()
    assert "192.0.2.0/24" in content
    assert "spam.example.net" in content


def test_bulk_invalidation_previews_then_invalidates_and_audits(client, countries, moderator):
    _burst(countries, 4, status=Status.VERIFIED)
    _burst(countries, 2, network="198.51.100", domain="fine.example.org", status=Status.VERIFIED)
    assert counters.signatory_count().signatories == 6
    client.force_login(moderator)
    now = timezone.localtime()
    data = {
        "field": "email_domain",
        "value": "spam.example.net",
        "since": (now - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S"),
        "until": (now + datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S"),
        "reason": "Burst from one domain",
    }
    response = client.post("/admin/declaration/invalidate/", data)
    assert b"4 standing signatures match" in response.content
    assert Signature.objects.filter(status=Status.INVALIDATED).count() == 0
    response = client.post("/admin/declaration/invalidate/", {**data, "confirm": "yes"})
    assert response.status_code == 302
    assert Signature.objects.filter(status=Status.INVALIDATED).count() == 4
    assert ModelLogEntry.objects.filter(action="declaration.invalidate", user=moderator).count() == 4
    assert counters.signatory_count().signatories == 2


def test_the_reports_are_for_moderators_only(client, countries, editor):
    client.force_login(editor)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    for url in ("/admin/declaration/bursts/", "/admin/declaration/invalidate/", "/admin/declaration/import/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert response.get("Location", "/admin/") == "/admin/"
