"""The directory's copies of folded names follow the authorities' (hyphens fold to spaces), and a
sort key where numbers sort as numbers ("No. 2" before "No. 10")."""

from django.db import migrations, models

from alliance.core.folding import natural_sort_key
from alliance.core.triggers import WatchTableAgain

BATCH = 2000


def copy_folded_names(apps, schema_editor):
    Participation = apps.get_model("participants", "Participation")
    changed = []
    rows = Participation.objects.select_related("authority").only(
        "pk", "name_folded", "name_sort", "authority__name_folded"
    )
    for participation in rows.iterator(BATCH):
        folded = participation.authority.name_folded
        if (participation.name_folded, participation.name_sort) != (folded, natural_sort_key(folded)):
            participation.name_folded = folded
            participation.name_sort = natural_sort_key(folded)
            changed.append(participation)
    Participation.objects.bulk_update(changed, ["name_folded", "name_sort"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0003_changes_bump_generations"),
        ("authorities", "0005_names_folded_with_hyphens_as_spaces"),
    ]

    # SQLite rebuilds the table to add the column, and its generation triggers with it.
    operations = [
        WatchTableAgain("participants_participation", ["registry"]),
        migrations.AddField(
            model_name="participation",
            name="name_sort",
            field=models.CharField(db_index=True, default="", editable=False, max_length=500),
        ),
        WatchTableAgain("participants_participation", ["registry"]),
        migrations.RunPython(copy_folded_names, migrations.RunPython.noop),
    ]
