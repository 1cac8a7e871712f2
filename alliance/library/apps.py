from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "alliance.library"
    label = "library"
    verbose_name = _("Adopted texts")

    def ready(self):
        post_migrate.connect(grant_editors, sender=self)


def grant_editors(sender, **kwargs):
    """The Editors group keeps the adopted texts; moderators do not."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
    group, _created = Group.objects.get_or_create(name="Editors")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="library"))
