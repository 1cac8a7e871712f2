"""The secretariat's roles: one moderator check, and each group's permissions kept after migrate."""

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser, Group

from alliance.core import roles

pytestmark = pytest.mark.django_db


def test_moderators_and_administrators_moderate_and_nobody_else(moderator, administrator, editor, outsider):
    assert roles.is_moderator(moderator)
    assert roles.is_moderator(administrator)
    assert not roles.is_moderator(editor)
    assert not roles.is_moderator(outsider)
    assert not roles.is_moderator(AnonymousUser())


def test_a_deactivated_moderator_no_longer_moderates(moderator):
    moderator.is_active = False
    moderator.save()
    assert not roles.is_moderator(moderator)
    assert moderator not in roles.moderators()


def test_the_list_of_moderators_names_each_once(moderator, administrator, editor):
    administrator.groups.add(Group.objects.get(name=roles.MODERATORS))
    assert sorted(user.username for user in roles.moderators()) == ["administrator", "moderator"]


def test_after_migrate_each_group_holds_the_permissions_its_apps_give_it():
    moderators = set(
        Group.objects.get(name=roles.MODERATORS).permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert ("practices", "moderate_goodpractice") in moderators
    assert ("focalpoints", "add_focalpoint") in moderators
    assert not any(app == "library" for app, _codename in moderators)
    editors = set(
        Group.objects.get(name=roles.EDITORS).permissions.values_list("content_type__app_label", flat=True)
    )
    assert "library" in editors


def test_a_grant_given_again_restores_what_was_taken_away():
    group = roles.grant(apps.get_app_config("library"), roles.EDITORS)
    group.permissions.clear()
    roles.grant(apps.get_app_config("library"), roles.EDITORS)
    assert group.permissions.filter(codename="add_adoptedtext").exists()
