"""Folded names written again now that hyphens and apostrophes fold to spaces ("Val de Marne"
finds "Val-de-Marne"). Running it again, or backwards, rewrites them with the code's rule."""

from django.db import migrations

from alliance.core.folding import fold

BATCH = 2000


def fold_names_again(apps, schema_editor):
    Authority = apps.get_model("authorities", "Authority")
    changed = []
    for authority in Authority.objects.only("pk", "name", "local_name", "name_folded").iterator(BATCH):
        folded = fold(f"{authority.name} {authority.local_name}".strip())
        if folded != authority.name_folded:
            authority.name_folded = folded
            changed.append(authority)
    Authority.objects.bulk_update(changed, ["name_folded"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("authorities", "0004_changes_bump_generations")]

    operations = [migrations.RunPython(fold_names_again, fold_names_again)]
