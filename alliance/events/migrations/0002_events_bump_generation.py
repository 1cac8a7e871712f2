from django.db import migrations

from alliance.core.triggers import WatchTable


class Migration(migrations.Migration):
    """The home page's latest and next events are cached under the "events" generation."""

    dependencies = [
        ("core", "0002_generations_and_attempt_counts"),
        ("events", "0001_events_with_dates_places_organisers"),
    ]

    operations = [WatchTable("events_event", ["events"])]
