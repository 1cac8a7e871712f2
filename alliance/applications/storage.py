"""Private storage for uploaded letters: a folder outside MEDIA_ROOT that no URL serves.

The letters are read only through the back office's download view, after a permission check.
The location is read from settings each time so that tests and deployments can move it.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
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
