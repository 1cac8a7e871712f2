from django.db import migrations

from alliance.core.triggers import WatchTable

PAGES = [
    "wagtailcore_page",
    "wagtailcore_site",
    "wagtailcore_locale",
    "wagtailcore_pageviewrestriction",
    "site_sitepages",
    "site_secretariatcontact",
    "site_sociallinks",
    "site_terminologynote",
]


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_generations_and_attempt_counts"),
        ("site", "0003_secretariat_contact_in_french"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [WatchTable(table, ["pages"]) for table in PAGES]
