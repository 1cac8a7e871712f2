from django.db import migrations

from alliance.core.triggers import WatchTable


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_generations_and_attempt_counts"),
        ("declaration", "0002_verified_signatures_by_country_index"),
    ]

    operations = [
        WatchTable("declaration_signature", ["signatures"], condition="status = 'verified'"),
        WatchTable("declaration_declarationsettings", ["declaration-settings"]),
    ]
