"""How detail (inspect) pages of the back office show a value: booleans as "Yes" or "No", an empty
value as a dash read out as "not given", in the user's language, instead of Python's True and None,
and a moment in the site's time zone, named, like the lists (Django's `localize` filter alone would
write it in UTC).

Registered with Wagtail's display class registry for every model field (and every foreign key), so
every InspectView of every app shows values this way; images and documents keep Wagtail's own.
"""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.fields import register_display_class


class InWords(Component):
    template_name = "core/admin/in_words.html"

    def __init__(self, value):
        self.value = value

    def get_context_data(self, parent_context):
        value = self.value
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.localtime(value)
        return {
            "value": value,
            "is_boolean": isinstance(value, bool),
            "is_empty": value is None or (isinstance(value, str) and not value.strip()),
        }


def register():
    register_display_class(models.Field, display_class=InWords)
    register_display_class(models.ForeignKey, to=models.Model, display_class=InWords)
