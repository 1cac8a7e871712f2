from django.db.models.signals import post_save
from django.dispatch import receiver

from alliance.authorities.models import Authority
from alliance.core.folding import natural_sort_key

from .models import Participation


@receiver(post_save, sender=Authority)
def keep_directory_copies(instance, **kwargs):
    """A renamed or moved authority is found under its new name at once."""
    Participation.objects.filter(authority=instance).update(
        name_folded=instance.name_folded,
        name_sort=natural_sort_key(instance.name_folded),
        country_id=instance.country_id,
        level=instance.level,
    )
