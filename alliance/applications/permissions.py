"""Who may see and decide applications: the secretariat's moderators and the administrators."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

REVIEWERS_GROUP = "Moderators"
# What a reviewer may do; nobody adds, edits or deletes a submission in the back office.
REVIEW_ACTIONS = {"view", "review"}


def is_reviewer(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=REVIEWERS_GROUP).exists()


class ReviewPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in REVIEW_ACTIONS and is_reviewer(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True)
        if not REVIEW_ACTIONS & set(actions):
            return users.none()
        return users.filter(Q(is_superuser=True) | Q(groups__name=REVIEWERS_GROUP)).distinct()
