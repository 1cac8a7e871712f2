from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "alliance.practices"
    label = "practices"
    verbose_name = _("Good practices")

    def ready(self):
        from alliance.focalpoints import members_area
        from alliance.participants import profile_sections

        from . import sections

        profile_sections.register(sections.profile_section)
        members_area.register(sections.members_section)
        post_migrate.connect(grant_moderators, sender=self)


def grant_moderators(sender, **kwargs):
    """The Moderators group reviews good practices; editors and focal points do not."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # This app's permissions may not exist yet: auth's own post_migrate handler may run after us.
    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
    group, _created = Group.objects.get_or_create(name="Moderators")
    codenames = [
        "add_goodpractice",
        "change_goodpractice",
        "view_goodpractice",
        "delete_goodpractice",
        "moderate_goodpractice",
    ]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="practices", codename__in=codenames)
    )
