from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from alliance.authorities.models import Authority, Country

from . import counters
from .models import Participation


@receiver([post_save, post_delete], sender=Participation)
@receiver([post_save, post_delete], sender=Authority)
@receiver([post_save, post_delete], sender=Country)
def refresh_counters(**kwargs):
    # Refresh once the change is visible to other connections, and also now for this one.
    counters.refresh()
    transaction.on_commit(counters.refresh)


@receiver(post_save, sender=Authority)
def keep_directory_copies(instance, **kwargs):
    """A renamed or moved authority is found under its new name at once."""
    Participation.objects.filter(authority=instance).update(
        name_folded=instance.name_folded, country_id=instance.country_id, level=instance.level
    )
