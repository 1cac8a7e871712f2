from django.db.models import Q
from django.utils import timezone

from .demo_data import PRACTICES
from .models import GoodPractice, Status


def load(command):
    created = 0
    for entry in PRACTICES:
        values = {key: value for key, value in entry.items() if key != "key"}
        if GoodPractice.objects.filter(
            Q(title_en=values["title_en"]) | Q(title_fr=values["title_fr"])
        ).exists():
            continue
        GoodPractice.objects.create(status=Status.PUBLISHED, published_at=timezone.now(), **values)
        created += 1
    return f"{created} good practices created, {GoodPractice.objects.public().count()} published"
