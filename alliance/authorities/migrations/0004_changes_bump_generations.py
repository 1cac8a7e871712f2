from django.db import migrations

from alliance.core.triggers import WatchTable


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_generations_and_attempt_counts"),
        ("authorities", "0003_authority_slug_made_from_name"),
    ]

    operations = [
        WatchTable("authorities_country", ["countries"]),
        WatchTable("authorities_authority", ["registry"]),
    ]
