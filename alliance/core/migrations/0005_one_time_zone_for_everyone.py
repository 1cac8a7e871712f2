"""Every back-office account shows moments in the site's time zone: a zone chosen before (UTC, for
one) would show other times than the pages, the files and the API, and could no longer be changed
once the choice left the account page."""

from django.db import migrations


def forget_chosen_zones(apps, schema_editor):
    apps.get_model("wagtailusers", "UserProfile").objects.exclude(current_time_zone="").update(
        current_time_zone=""
    )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_sign_in_failures"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(forget_chosen_zones, migrations.RunPython.noop)]
