"""Who may see and decide applications: the secretariat's moderators and the administrators."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from alliance.core.roles import is_moderator, moderators

# What a reviewer may do: see, decide, and erase a submission at its sender's request (the erasure
# deletes its files and the personal data of its history, see services.erase). Nobody adds or edits one.
REVIEW_ACTIONS = {"view", "review", "delete"}


class ReviewPolicy(BasePermissionPolicy):
    def user_has_permission(self, user, action):
        return action in REVIEW_ACTIONS and is_moderator(user)

    def users_with_any_permission(self, actions):
        if not REVIEW_ACTIONS & set(actions):
            return get_user_model().objects.none()
        return moderators()
