"""The secretariat's roles in the back office, and what each role's group may do.

- **Moderators** review applications, signatures and good practices, and manage focal points.
- **Editors** publish pages and news and keep the adopted texts.
- **Administrators** are superusers: they may do everything, moderators' work included.

A role is a Django group of that name. An app gives a group the permissions on its own models
with `grant_after_migrate(app_config, group, codenames)` in its `AppConfig.ready()`.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.signals import post_migrate

MODERATORS = "Moderators"
EDITORS = "Editors"


def is_moderator(user):
    """Moderators and administrators, signed in and active."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def moderators():
    """The active users who may moderate: the Moderators group and the administrators."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=MODERATORS))
        .distinct()
    )


def grant(app_config, group_name, codenames=None, using="default"):
    """Give the group `group_name` the permissions of the app (all of them, or `codenames`)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # The app's permissions may not exist yet: auth's own post_migrate handler may run after ours.
    create_permissions(app_config, verbosity=0, using=using)
    group, _created = Group.objects.using(using).get_or_create(name=group_name)
    permissions = Permission.objects.using(using).filter(content_type__app_label=app_config.label)
    if codenames is not None:
        permissions = permissions.filter(codename__in=codenames)
    group.permissions.add(*permissions)
    return group


def grant_after_migrate(app_config, group_name, codenames=None):
    """Keep the grant true: after every `migrate`, the group has the app's permissions again."""

    def handler(sender, using="default", **kwargs):
        grant(sender, group_name, codenames, using=using)

    post_migrate.connect(
        handler, sender=app_config, weak=False, dispatch_uid=f"alliance.roles.{app_config.label}.{group_name}"
    )
