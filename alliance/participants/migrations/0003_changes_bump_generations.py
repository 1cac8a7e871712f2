from django.db import migrations

from alliance.core.triggers import WatchTable


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_generations_and_attempt_counts"),
        ("participants", "0002_directory_copies_of_authority_fields"),
    ]

    operations = [
        WatchTable("participants_participation", ["registry"]),
    ]
