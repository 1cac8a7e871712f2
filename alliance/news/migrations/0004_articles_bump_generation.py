from django.db import migrations

from alliance.core.triggers import WatchTable


class Migration(migrations.Migration):
    """The home page's latest news is cached under the "pages" generation; an article's own fields
    (its date, its standfirst) live in this table, beside Wagtail's page row."""

    dependencies = [
        ("core", "0002_generations_and_attempt_counts"),
        ("news", "0003_speakers_and_statements"),
    ]

    operations = [WatchTable("news_newsarticlepage", ["pages"])]
