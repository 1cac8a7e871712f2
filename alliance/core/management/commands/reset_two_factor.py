"""For a person who lost both their phone and their backup codes: their second factor is removed
and they set up a new one at their next sign-in. Audited on their account."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp import devices_for_user
from wagtail.log_actions import log


class Command(BaseCommand):
    help = "Remove a back-office user's authenticator app and backup codes (they set up new ones)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model()._default_manager.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        with transaction.atomic():
            removed = 0
            for device in list(devices_for_user(user, confirmed=None)):
                device.delete()
                removed += 1
            log(user, "alliance.staff_2fa_reset", data={"removed": removed})
        self.stdout.write(f"Two-factor sign-in of {username} reset ({removed} device(s) removed).")
