"""The size in bytes of every open-data file, which the DCAT-AP catalogue states (`dcat:byteSize`).

A size is known only by writing the file, which takes long for a long list (a million signatures),
so no request ever does it: the periodic loop (`measure_open_data_files`) writes each dataset's
files in both languages as the public site serves them (at SITE_URL) and keeps their sizes in the
shared cache, where every process reads them. A dataset is measured again once its sizes are six
hours old; until it is first measured the catalogue leaves its sizes out, as DCAT allows.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from alliance.core.exports import export_response

FRESH_FOR = 6 * 3600
KEPT_FOR = 3 * 24 * 3600


def _key(table):
    return f"opendata:file-sizes:{table.name}"


def _size(table, extension, language):
    address = urlsplit(settings.SITE_URL)
    factory = RequestFactory(HTTP_HOST=address.netloc)
    with translation.override(language):
        path = reverse(table.url_name(extension, namespaced=True))
        response = export_response(table, factory.get(path, secure=address.scheme == "https"), extension)
        if response.streaming:
            return sum(len(chunk) for chunk in response.streaming_content)
        return len(response.content)


def measure(table):
    """Write every file of the dataset and keep their sizes: {"<extension>:<language>": bytes}."""
    sizes = {
        f"{extension}:{language}": _size(table, extension, language)
        for language, _name in settings.LANGUAGES
        for extension in table.formats
    }
    cache.set(_key(table), sizes, KEPT_FOR)
    cache.set(_key(table) + ":fresh", True, FRESH_FOR)
    return sizes


def known(table):
    """The sizes last measured, or {} before the first measure."""
    return cache.get(_key(table)) or {}


def stale(tables):
    """The datasets whose sizes are missing or six hours old."""
    return [table for table in tables if not cache.get(_key(table) + ":fresh")]
