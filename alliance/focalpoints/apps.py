from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class FocalpointsConfig(AppConfig):
    name = "alliance.focalpoints"
    label = "focalpoints"
    verbose_name = _("Focal points")

    def ready(self):
        from . import members_area, programme_steps

        members_area.register(programme_steps.members_section)
        post_migrate.connect(grant_moderators, sender=self)


def grant_moderators(sender, **kwargs):
    """The Moderators group invites and manages focal points (editors do not)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # This app's permissions may not exist yet: auth's own post_migrate handler may run after us.
    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))

    group, _created = Group.objects.get_or_create(name="Moderators")
    codenames = ["add_focalpoint", "change_focalpoint", "view_focalpoint", "delete_focalpoint"]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="focalpoints", codename__in=codenames)
    )
