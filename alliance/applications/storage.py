"""Private storage for uploaded letters and decisions: a folder outside MEDIA_ROOT that no URL serves.

The files are read only through views that check who asks (the back office's download of a
letter, a plan's decision). The location is read from settings each time so that tests and
deployments can move it.

A file kept here has no address of its own, so a form never asks the storage for one: a
`PrivateFileField` gives its forms a `PrivateFileInput`, which shows the file's name and a link to
the view that checks permissions (`download_view`), never the storage's URL.
"""

import posixpath

from django import forms
from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils.deconstruct import deconstructible


@deconstructible(path="alliance.applications.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    @property
    def base_location(self):
        return str(settings.PRIVATE_STORAGE_ROOT)

    @property
    def location(self):
        return str(settings.PRIVATE_STORAGE_ROOT)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public address.")


def private_storage():
    return PrivateStorage()


class PrivateFileInput(forms.ClearableFileInput):
    """A file input for a private file: the current file's name, linked to the view that checks
    who may read it (when the model field names one), and the choice to remove it when the field
    is optional. It never reads `FieldFile.url`."""

    template_name = "applications/widgets/private_file_input.html"

    def is_initial(self, value):
        return bool(value and getattr(value, "name", ""))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.is_initial(value):
            context["widget"]["file_name"] = posixpath.basename(value.name)
            context["widget"]["download_url"] = download_url(value)
        return context


def download_url(field_file):
    """The permission-checked address of a stored private file, or "" when its field names none."""
    view = getattr(field_file.field, "download_view", None)
    instance = getattr(field_file, "instance", None)
    if not view or instance is None or instance.pk is None:
        return ""
    return reverse(view, args=[instance.pk])


class PrivateFileField(models.FileField):
    """A file kept in private storage; `download_view` names the URL (taking the row's pk) that
    hands it out after a permission check."""

    def __init__(self, *args, download_view=None, **kwargs):
        self.download_view = download_view
        kwargs.setdefault("storage", private_storage)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        kwargs.setdefault("widget", PrivateFileInput)
        return super().formfield(**kwargs)

    def deconstruct(self):
        # Only the form's widget differs from a FileField: nothing a migration needs to know.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.FileField", args, kwargs
